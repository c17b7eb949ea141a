package org.rfcc.distribution;

import static org.rfcc.distribution.DevToolsConnection.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol: opens a local HTML file and reports its
 * console errors and network requests, evaluates script in it and takes full-page screenshots.
 * For checking the self-contained HTML report without Selenium, Playwright or npm.
 */
final class Chromium implements AutoCloseable {
    /** What happened while a page loaded: errors it logged or threw, and URLs it requested. */
    record Page(List<String> consoleErrors, List<String> networkRequests) {
        Page {
            consoleErrors = List.copyOf(consoleErrors);
            networkRequests = List.copyOf(networkRequests);
        }
    }

    static final int VIEWPORT_WIDTH = 1280;
    private static final int VIEWPORT_HEIGHT = 800;
    private static final int MAX_SCREENSHOT_HEIGHT = 16_000;
    /** Chromium starts in about a second; on a loaded two-core machine it has taken more than 30. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** After the load event, how long late requests and errors (timers, async script) may still arrive. */
    private static final Duration SETTLE = Duration.ofMillis(500);

    private static final List<Path> CANDIDATES =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private final Process process;
    private final DevToolsConnection devTools;

    private Chromium(Process process, DevToolsConnection devTools) {
        this.process = process;
        this.devTools = devTools;
    }

    /** The Chromium to use: env {@code RFCC_BENCH_CHROMIUM}, else Debian's; the first executable file. */
    static Optional<Path> find() {
        return find(System.getenv("RFCC_BENCH_CHROMIUM"), CANDIDATES);
    }

    static Optional<Path> find(String configured, List<Path> candidates) {
        Stream<Path> first =
                configured == null || configured.isBlank() ? Stream.empty() : Stream.of(Path.of(configured));
        return Stream.concat(first, candidates.stream())
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /** Launches a headless Chromium with its profile in {@code userDataDir} and connects to its page. */
    static Chromium start(Path executable, Path userDataDir) throws IOException, InterruptedException {
        Files.createDirectories(userDataDir);
        Path portFile = userDataDir.resolve("DevToolsActivePort");
        Files.deleteIfExists(portFile);
        Path log = userDataDir.resolve("chromium.log");
        // Without the background-networking flags Chromium calls Google (updates, sync, safe
        // browsing, QUIC probes) on a network where nothing answers; --no-sandbox because CI runs as root.
        Process process = new ProcessBuilder(
                        executable.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-default-apps",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + userDataDir.toAbsolutePath(),
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()) // a file never fills up and blocks Chromium as a pipe would
                .start();
        try {
            URI page = pageSocket(process, readPort(process, portFile, log), log);
            return new Chromium(process, new DevToolsConnection(page, () -> "Chromium's output:\n" + tail(log)));
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                    .toList());
            throw e;
        }
    }

    private static int readPort(Process process, Path portFile, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            // Chromium writes "port\n/devtools/browser/<id>"; until both lines are there it is mid-write.
            List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            if (lines.size() >= 2) {
                return Integer.parseInt(lines.get(0).trim());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Chromium wrote no " + portFile + " within " + START_TIMEOUT.toSeconds()
                + " s" + (process.isAlive() ? "" : " and exited with " + process.exitValue())
                + "; its output:\n" + tail(log));
    }

    private static URI pageSocket(Process process, int port, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(START_TIMEOUT)
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            // The page target can appear a moment after the port does.
            String targets =
                    http.send(list, HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : JSON.readTree(targets)) {
                if (target.path("type").asText().equals("page") && target.hasNonNull("webSocketDebuggerUrl")) {
                    return URI.create(target.get("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Chromium listed no page at http://127.0.0.1:" + port + "/json/list within "
                + START_TIMEOUT.toSeconds() + " s; its output:\n" + tail(log));
    }

    /** Loads {@code file} in a 1280 px wide viewport; reports what it logged and requested until loaded. */
    Page open(Path file, Duration timeout) throws InterruptedException {
        return open(file.toAbsolutePath().toUri().toString(), timeout);
    }

    /**
     * Loads {@code url} (a page of a local server) in a 1280 px wide viewport; reports what it logged and requested
     * until loaded.
     */
    Page open(String url, Duration timeout) throws InterruptedException {
        PageEvents events = new PageEvents(url);
        devTools.addListener(events);
        try {
            for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
                devTools.send(domain + ".enable");
            }
            setViewport(VIEWPORT_HEIGHT);
            JsonNode navigated =
                    devTools.send("Page.navigate", JSON.createObjectNode().put("url", url));
            if (navigated.hasNonNull("errorText")) {
                throw new IllegalStateException("Chromium could not open " + url + ": " + navigated.get("errorText"));
            }
            devTools.await(events.loaded(), timeout, "the load event of " + url);
            Thread.sleep(SETTLE.toMillis());
            return events.page();
        } finally {
            devTools.removeListener(events);
        }
    }

    /** Listens to the page from now on, for what it logs and requests after it loaded (clicks, live events). */
    PageEvents watch() {
        PageEvents events = new PageEvents("");
        devTools.addListener(events);
        return events;
    }

    /** Moves the mouse to ({@code x}, {@code y}) in CSS pixels of the viewport. */
    void hover(double x, double y) {
        devTools.send(
                "Input.dispatchMouseEvent",
                JSON.createObjectNode().put("type", "mouseMoved").put("x", x).put("y", y));
    }

    /** A left click at ({@code x}, {@code y}) in CSS pixels of the viewport, the mouse moved there first. */
    void click(double x, double y) {
        hover(x, y);
        for (String type : List.of("mousePressed", "mouseReleased")) {
            devTools.send(
                    "Input.dispatchMouseEvent",
                    JSON.createObjectNode()
                            .put("type", type)
                            .put("x", x)
                            .put("y", y)
                            .put("button", "left")
                            .put("clickCount", 1));
        }
    }

    /** The value of a script expression, promises awaited; throws with the script's error when it throws. */
    JsonNode evaluate(String expression) {
        JsonNode result = devTools.send(
                "Runtime.evaluate",
                JSON.createObjectNode()
                        .put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script threw " + PageEvents.exceptionText(result.get("exceptionDetails"))
                    + "; the script: " + expression);
        }
        return result.path("result").path("value");
    }

    /** Writes a PNG of the whole page, 1280 px wide and at most 16000 px tall. */
    void screenshot(Path png) throws IOException {
        JsonNode metrics = devTools.send("Page.getLayoutMetrics");
        JsonNode content = metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
        int height = (int) Math.max(1, Math.min(Math.ceil(content.path("height").asDouble()), MAX_SCREENSHOT_HEIGHT));
        setViewport(height);
        try {
            ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
            // Without a clip, captureBeyondViewport takes the whole page, however tall, whatever the viewport.
            params.putObject("clip")
                    .put("x", 0)
                    .put("y", 0)
                    .put("width", VIEWPORT_WIDTH)
                    .put("height", height)
                    .put("scale", 1);
            JsonNode shot = devTools.send("Page.captureScreenshot", params);
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
        } finally {
            setViewport(VIEWPORT_HEIGHT); // later checks see the page as it was opened
        }
    }

    /** The browser process and its children, for checking that {@link #close()} leaves none behind. */
    List<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .toList();
    }

    /** Shuts Chromium down, kills whatever is left of its process tree and waits until all are gone. */
    @Override
    public void close() {
        // Listed while the browser lives: once it is gone its children are re-parented and out of reach.
        List<ProcessHandle> tree = processes();
        try {
            // Unlike a signal, Browser.close lets Chromium remove its /tmp/org.chromium.Chromium.* directory.
            devTools.send("Browser.close");
            process.onExit().completeOnTimeout(process, 10, TimeUnit.SECONDS).join();
        } catch (RuntimeException e) {
            // killed below
        }
        devTools.close();
        kill(tree);
    }

    private static void kill(List<ProcessHandle> tree) {
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            if (p.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join() == null) {
                p.destroyForcibly();
                p.onExit().completeOnTimeout(p, 5, TimeUnit.SECONDS).join();
            }
        }
    }

    private void setViewport(int height) {
        devTools.send(
                "Emulation.setDeviceMetricsOverride",
                JSON.createObjectNode()
                        .put("width", VIEWPORT_WIDTH)
                        .put("height", height)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }
}
