package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;
import org.rfcc.benchmarks.SyntheticHistory;

/**
 * The dashboard as a user meets it: {@code rfcc-bench dashboard} in its own JVM over a generated history of 1,000 runs
 * × 300 series, runs with hostile names posted to its API and a real {@code run --quick} stored in it, and Debian's
 * Chromium on every page: that quick run live on the overview while it runs, no console error, no request to another
 * host, charts drawn, hostile text inert, the filter, a click on a point, acknowledging with and without a token, and
 * the static site of {@code publish}. Screenshots go to {@code target/dashboard-it/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class DashboardIT {
    private static final Duration LOAD = Duration.ofSeconds(60);
    static final String HOSTILE = "<script>window.pwned=1</script>\"><img src=x onerror=\"window.pwned=2\">";
    private static final Path SHOTS = Path.of("target", "dashboard-it");
    private static final String INERT = "window.pwned === undefined && document.querySelectorAll('img').length === 0"
            + " && document.querySelectorAll('script').length === 2"
            + " && ![...document.querySelectorAll('a')].some(a => a.href.startsWith('javascript:'))";

    @TempDir
    static Path dir;

    private static String store;
    private static Process dashboard;
    private static String base;
    private static String token;
    private static Chromium chromium;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        store = "jdbc:sqlite:" + dir.resolve("history.db");
        try (HistoryStore history = Stores.open(store)) {
            SyntheticHistory.fill(history, 1000, 100, 1, 5, 2026);
        }
        App.Outcome created = App.run(dir, "--store", store, "tokens", "create", "browser-it");
        assertThat(created.code()).as(created.err()).isZero();
        token = created.out().strip();
        dashboard = app("dashboard", "--port", "0")
                .redirectError(dir.resolve("dashboard.err").toFile())
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(dashboard.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the dashboard's first line").startsWith("rfcc-bench dashboard at http://127.0.0.1:");
        base = line.replaceFirst("^rfcc-bench dashboard at (\\S+) .*$", "$1");
        // a series with hostile names everywhere, which slows down: an alert to show and to acknowledge
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> posted = post("api/runs", Json.compact(hostileRun(i, i >= 8 ? 600 : 1000 + i % 2)));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        }
        chromium = Chromium.start(
                ReportPage.chromiumOrSkip(Chromium.find(), System.getenv("CI") != null),
                Files.createTempDirectory(dir, "profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (dashboard != null) {
            dashboard.destroy();
            dashboard.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(2)
    void everyPage_loadsCleanly_fromTheServerAlone_withItsChartsDrawn_andHostileTextInert() throws Exception {
        Map<String, Boolean> pages = new LinkedHashMap<>();
        pages.put("", false);
        pages.put("trends", true);
        pages.put("compare?base=hostile-8&head=hostile-9", true);
        pages.put("alerts", true);
        pages.put("resources", true);
        pages.put("run.html?id=hostile-9", false);
        for (var page : pages.entrySet()) {
            String name = page.getKey().isEmpty() ? "overview" : page.getKey().replaceAll("\\W.*", "");
            Chromium.Page loaded = chromium.open(base + page.getKey(), LOAD);
            awaitPage(name);
            assertThat(loaded.consoleErrors()).as(name).isEmpty();
            assertThat(loaded.networkRequests()).as(name).allMatch(u -> u.startsWith(base));
            assertThat(chromium.evaluate(INERT).asBoolean())
                    .as(name + ": hostile text stays text")
                    .isTrue();
            if (!name.equals("resources")) { // its newest run is the quick run's
                assertThat(chromium.evaluate("document.body.innerText.includes('window.pwned=1')")
                                .asBoolean())
                        .as(name + " shows the hostile text, as text")
                        .isTrue();
            }
            if (page.getValue()) {
                assertThat(chromium.evaluate("[...document.querySelectorAll('canvas')].filter(c => c.width > 100"
                                        + " && c.getBoundingClientRect().height > 20).length")
                                .asInt())
                        .as(name + ": charts drawn")
                        .isPositive();
            }
            chromium.screenshot(SHOTS.resolve(name + ".png"));
        }
    }

    @Test
    @Order(3)
    void trends_areReadyFast_theFilterNarrowsThem_hoverShowsAPoint_andClickingItOpensItsRun() throws Exception {
        chromium.open(base + "trends", LOAD);
        awaitPage("trends");
        double ready = chromium.evaluate("window.rfccReady").asDouble();
        int all = rows();
        System.out.printf(
                "[dashboard-it] trends page with %d series ready in the browser after %.0f ms"
                        + " (Performance API, navigation start to drawn)%n",
                all, ready);
        assertThat(all).isGreaterThanOrEqualTo(300);
        chromium.evaluate("(() => { const s = document.querySelector('input[type=search]');"
                + " s.value = 'Bench001 score'; s.dispatchEvent(new Event('input')); })()");
        await(() -> rows() < all, "the filter to narrow the trends");
        assertThat(rows()).isEqualTo(1);
        await(
                () -> chromium.evaluate("document.getElementById('chart').dataset.drawn"
                                + " === document.querySelector('tr[data-series]').dataset.series")
                        .asBoolean(),
                "the chart of the one series left");
        JsonNode over =
                chromium.evaluate("(() => { const r = document.querySelector('.u-over').getBoundingClientRect();"
                        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        chromium.hover(over.get("x").asDouble(), over.get("y").asDouble());
        await(
                () -> chromium.evaluate("getComputedStyle(document.querySelector('.tooltip')).display")
                        .asText()
                        .equals("block"),
                "the hover's tooltip");
        assertThat(chromium.evaluate("document.querySelector('.tooltip').innerText")
                        .asText())
                .contains("value ")
                .contains("run synthetic-")
                .contains("commit ");
        chromium.click(over.get("x").asDouble(), over.get("y").asDouble());
        await(() -> chromium.evaluate("location.pathname").asText().endsWith("run.html"), "the click to open a run");
        awaitPage("run");
        assertThat(chromium.evaluate("location.search").asText()).startsWith("?id=synthetic-");
        assertThat(chromium.evaluate("document.querySelector('h1').innerText").asText())
                .startsWith("Run synthetic-");
        chromium.screenshot(SHOTS.resolve("run-from-click.png"));
    }

    @Test
    @Order(4)
    void acknowledging_needsAToken() throws Exception {
        long id = openAlert();
        chromium.open(base + "alerts", LOAD);
        awaitPage("alerts");
        String button = "document.querySelector('[data-alert=\"" + id + "\"] [data-move=ack]')";
        chromium.evaluate(button + ".click()");
        await(
                () -> chromium.evaluate("document.querySelector('[data-alert=\"" + id + "\"] .error').innerText")
                        .asText()
                        .contains("Bearer"),
                "the refusal to show");
        assertThat(alertState(id)).isEqualTo("open");
        chromium.evaluate("(() => { const t = document.querySelector('input[type=password]'); t.value = '" + token
                + "'; t.dispatchEvent(new Event('change')); })()");
        chromium.evaluate(button + ".click()");
        await(() -> alertState(id).equals("acknowledged"), "the alert to be acknowledged");
        chromium.screenshot(SHOTS.resolve("alerts-acknowledged.png"));
    }

    @Test
    @Order(1)
    void aLiveRun_appearsOnTheOverview_whileItRuns_andIsStoredInItsHistory() throws Exception {
        chromium.open(base, LOAD);
        awaitPage("overview");
        ProcessBuilder builder = app(
                        "run",
                        "--quick",
                        "--report-dir",
                        dir.resolve("live-report").toString(),
                        "--live",
                        base)
                .directory(Path.of(System.getProperty("rfcc.repo.root")).toFile())
                .redirectOutput(dir.resolve("live.out").toFile())
                .redirectError(dir.resolve("live.err").toFile());
        builder.environment().put("RFCC_BENCH_TOKEN", token);
        Process run = builder.start();
        try {
            await(
                    () -> chromium.evaluate("document.querySelectorAll('[data-live]').length")
                                    .asInt()
                            > 0,
                    "the live run on the overview");
            boolean runningWhenSeen = run.isAlive();
            String shown = chromium.evaluate("document.querySelector('[data-live]').innerText")
                    .asText();
            chromium.screenshot(SHOTS.resolve("overview-live.png"));
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(run.exitValue())
                    .as(Files.readString(dir.resolve("live.err")))
                    .isZero();
            assertThat(runningWhenSeen).as("seen while it ran: " + shown).isTrue();
            assertThat(shown).contains("benchmarks");
            await(
                    () -> chromium.evaluate("document.querySelector('[data-live]').innerText")
                            .asText()
                            .startsWith("finished"),
                    "the run's end on the overview");
        } finally {
            run.destroyForcibly();
        }
    }

    @Test
    @Order(5)
    void theStaticSite_isSmall_andWorksWithoutTheDashboard() throws Exception {
        Path site = dir.resolve("site");
        App.Outcome published = App.run(dir, "--store", store, "publish", "--site", site.toString());
        assertThat(published.code()).as(published.err()).isZero();
        System.out.println("[dashboard-it] " + published.out().strip());
        long bytes;
        try (var files = Files.walk(site)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        assertThat(bytes).as("the site of 1,000 runs x 300 series").isLessThan(5L << 20);
        HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                String type = file.toString().endsWith(".js")
                        ? "text/javascript"
                        : file.toString().endsWith(".css")
                                ? "text/css"
                                : file.toString().endsWith(".json") ? "application/json" : "text/html";
                exchange.getResponseHeaders().add("Content-Type", type);
                exchange.sendResponseHeaders(200, Files.size(file));
                Files.copy(file, exchange.getResponseBody());
            }
            exchange.close();
        });
        files.start();
        try {
            String root = "http://127.0.0.1:" + files.getAddress().getPort() + "/";
            for (String page : List.of("index", "trends", "compare", "alerts", "resources")) {
                Chromium.Page loaded = chromium.open(root + page + ".html", LOAD);
                awaitPage(page.equals("index") ? "overview" : page);
                assertThat(loaded.consoleErrors()).as(page).isEmpty();
                assertThat(loaded.networkRequests()).as(page).allMatch(u -> u.startsWith(root));
                assertThat(chromium.evaluate(INERT).asBoolean()).as(page).isTrue();
                assertThat(chromium.evaluate("document.getElementById('mode').innerText")
                                .asText())
                        .isEqualTo("static copy, read-only");
                chromium.screenshot(SHOTS.resolve("static-" + page + ".png"));
            }
        } finally {
            files.stop(0);
        }
    }

    @Test
    @Order(6)
    void beyondLoopback_withValidTokens_itWarns() throws Exception {
        Path err = dir.resolve("wide.err");
        Process wide = app("dashboard", "--bind", "0.0.0.0", "--port", "0")
                .redirectError(err.toFile())
                .start();
        try {
            String line =
                    new BufferedReader(new InputStreamReader(wide.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).startsWith("rfcc-bench dashboard at http://0.0.0.0:");
            assertThat(Files.readString(err))
                    .contains("warning: the dashboard listens on 0.0.0.0, beyond this machine, and its write tokens"
                            + " are valid");
        } finally {
            wide.destroy();
            wide.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(7)
    void modelAgainstModel_comparesTwoValuesOfAParam_withinTheQuickRun() throws Exception {
        String quick = Json.MAPPER.readTree(get("api/runs?limit=50")).findValues("run_id").stream()
                .map(JsonNode::asText)
                .filter(id -> !id.startsWith("hostile-") && !id.startsWith("synthetic-"))
                .findFirst()
                .orElseThrow();
        Chromium.Page loaded = chromium.open(base + "compare?run=" + quick, LOAD);
        awaitPage("compare");
        assertThat(loaded.consoleErrors()).isEmpty();
        String param = chromium.evaluate("document.querySelector('[aria-label=param]').value")
                .asText();
        assertThat(param).as("a param of the run with two values or more").isNotEmpty();
        chromium.evaluate("[...document.querySelectorAll('button')].find(b => b.innerText.startsWith('Compare within'))"
                + ".click()");
        await(
                () -> chromium.evaluate("document.body.innerText").asText().contains("base " + quick + " " + param),
                "the comparison within the run");
        assertThat(chromium.evaluate("document.querySelectorAll('main .error').length")
                        .asInt())
                .isZero();
        chromium.screenshot(SHOTS.resolve("compare-within-run.png"));
    }

    /** {@code rfcc-bench --store STORE args…} in a JVM of its own, to start. */
    private static ProcessBuilder app(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("rfcc.app.lib") + "/*",
                "org.rfcc.bench.cli.Main",
                "--store",
                store));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Waits until the page has drawn ({@code window.rfccReady}, which every page sets when it has). */
    private static void awaitPage(String name) throws InterruptedException {
        await(() -> chromium.evaluate("window.rfccReady !== undefined").asBoolean(), name + " drawn");
        Thread.sleep(300);
    }

    private static int rows() {
        return chromium.evaluate("document.querySelectorAll('tr[data-series]').length")
                .asInt();
    }

    private static long openAlert() throws Exception {
        JsonNode open = Json.MAPPER.readTree(get("api/alerts?state=open"));
        for (JsonNode a : open) {
            if (a.path("suite").asText().contains("pwned")) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no open alert of the hostile series: " + open);
    }

    private static String alertState(long id) {
        try {
            for (JsonNode a : Json.MAPPER.readTree(get("api/alerts?state=all"))) {
                if (a.get("id").asLong() == id) {
                    return a.get("state").asText();
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return "gone";
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // the page is between documents, or the element is not there yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 90 s for " + what);
    }

    private static String get(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A run whose every text is hostile: suite, benchmark, params, metric, message and machine; the last one's branch
     * too. From the ninth on it is 40% slower.
     */
    private static RunRecord hostileRun(int i, double value) {
        Instant started = Instant.parse("2026-07-20T00:00:00Z").plusSeconds(3600L * i);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(HOSTILE, HOSTILE);
        params.put("href", "javascript:window.pwned=3");
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put(
                "score" + HOSTILE,
                new Metric(
                        "ops/s",
                        Direction.HIGHER_IS_BETTER,
                        List.of(
                                List.of(value, value * 1.01, value * 0.99),
                                List.of(value * 1.005, value, value * 0.995))));
        metrics.put("cpu_utilization", new Metric("ratio", Direction.LOWER_IS_BETTER, List.of(List.of(0.5, 0.6))));
        return new RunRecord(
                RunRecord.SCHEMA,
                "hostile-" + i,
                started,
                started.plusSeconds(60),
                "full",
                "run",
                // the base branch, where alerts are raised, until the newest run's hostile branch
                new GitInfo(
                        String.format("%040x", 9000 + i),
                        i < 9 ? "main" : "main" + HOSTILE,
                        false,
                        "message " + HOSTILE,
                        null,
                        null),
                new Machine("machine" + HOSTILE, "Linux", "cpu", 2, 1L << 33, "17", List.of(), "G1", null, false),
                Map.of(),
                List.of(BenchmarkResult.ok("suite" + HOSTILE, "javascript:window.pwned=4", params, metrics)),
                List.of(),
                null);
    }
}
