package org.rfcc.bench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.app.Tokens;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.UserException;

/** The dashboard served for real on loopback over a SQLite history, driven by the JDK's HTTP client. */
final class DashboardServerTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final String JMH = "[{\"benchmark\": \"org.example.Bench.parse\", \"mode\": \"thrpt\","
            + " \"forks\": 1, \"jvm\": \"/usr/bin/java\", \"jdkVersion\": \"17\", \"params\": {\"size\": \"16\"},"
            + " \"primaryMetric\": {\"score\": 41.5, \"scoreError\": 1.0, \"scoreUnit\": \"ops/ms\","
            + " \"rawData\": [[41.0, 42.0, 41.5]]}, \"secondaryMetrics\": {}}]";
    private static final String GAB = "[{\"name\": \"parse\", \"unit\": \"ns/op\", \"value\": 120.5}]";

    @TempDir
    Path dir;

    private Served served;

    @BeforeEach
    void serve() {
        served = new Served("jdbc:sqlite:" + dir.resolve("history.db"), dir);
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void everyPage_isTheShell_withItsSecurityHeaders_andNoCors() throws Exception {
        for (String path : List.of("/", "/trends", "/compare", "/alerts", "/resources", "/run", "/trends.html")) {
            HttpResponse<String> page = served.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("text/html");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .get()
                    .asString()
                    .contains("script-src 'self'")
                    .contains("default-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(page.body())
                    .contains("assets/app.js")
                    .doesNotContain("http://")
                    .doesNotContain("https://");
        }
        assertThat(served.get("/assets/uPlot.iife.min.js").body()).contains("uPlot");
        assertThat(served.get("/assets/app.js").headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/javascript");
        assertThat(served.get("/assets/other.js").statusCode()).isEqualTo(404);
        HttpResponse<String> preflight = served.send(HttpRequest.newBuilder(served.uri("/api/runs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        JsonNode api = Json.MAPPER.readTree(served.get("/api/openapi.json").body());
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("paths").has("/api/series/{id}/points")).isTrue();
    }

    @Test
    void postRun_storesARunRecordOnce_201ThenTheSameId200_andTheSeriesShowIt() throws Exception {
        String body = Served.json(Served.run("r1", T0, Served.commit(1), "main", 1000));
        HttpResponse<String> first = served.post("/api/runs", body, served.token);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).isEqualTo("{\"run_id\":\"r1\"}");
        HttpResponse<String> again = served.post("/api/runs", body, served.token);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"run_id\":\"r1\"}");
        served.post(
                "/api/runs",
                Served.json(Served.run("r2", T0.plusSeconds(3600), Served.commit(2), "main", 1010)),
                served.token);

        JsonNode runs = Json.MAPPER.readTree(served.get("/api/runs").body());
        assertThat(runs).extracting(r -> r.get("run_id").asText()).containsExactly("r2", "r1");
        JsonNode series = Json.MAPPER.readTree(
                served.get("/api/series?metric=score&param.size=16").body());
        assertThat(series).hasSize(1);
        long id = series.get(0).get("id").asLong();
        JsonNode points =
                Json.MAPPER.readTree(served.get("/api/series/" + id + "/points").body());
        assertThat(points.get("run_id")).extracting(JsonNode::asText).containsExactly("r1", "r2");
        assertThat(points.get("value").get(1).asDouble()).isEqualTo(1010.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Json.MAPPER
                        .readTree(served.get("/api/series/" + id + "/points?newest=1")
                                .body())
                        .get("run_id"))
                .extracting(JsonNode::asText)
                .containsExactly("r2");
        assertThat(Json.MAPPER.readTree(
                        served.get("/api/series?q=PARSE%20score").body()))
                .hasSize(1);
        assertThat(Json.MAPPER.readTree(
                        served.get("/api/series?q=nothing-like-it").body()))
                .isEmpty();
        JsonNode trends =
                Json.MAPPER.readTree(served.get("/api/trends?metric=score").body());
        assertThat(trends).hasSize(1);
        assertThat(trends.get(0).get("value")).hasSize(2);
        JsonNode run = Json.MAPPER.readTree(served.get("/api/runs/r2").body());
        assertThat(run.path("git").path("message").asText()).isEqualTo("message of r2");
        JsonNode overview = Json.MAPPER.readTree(served.get("/api/overview").body());
        assertThat(overview.path("latest").path("run").path("run_id").asText()).isEqualTo("r2");
        assertThat(overview.path("health").path("runs").asInt()).isEqualTo(2);
        JsonNode compare =
                Json.MAPPER.readTree(served.get("/api/compare?base=r1&head=r2").body());
        assertThat(compare.path("changes")).isNotEmpty();
        JsonNode bySpec = Json.MAPPER.readTree(served.get("/api/compare?base=" + Served.commit(1) + "&head=main")
                .body());
        assertThat(bySpec.path("base").path("run_id").asText()).isEqualTo("r1");
        assertThat(bySpec.path("head").path("run_id").asText())
                .as("main's newest run")
                .isEqualTo("r2");
    }

    @Test
    void postRun_takesJmhAndGithubActionBenchmarkJson_withTheLabelsOfItsQuery() throws Exception {
        HttpResponse<String> jmh =
                served.post("/api/runs?commit=" + Served.commit(7) + "&branch=main", JMH, served.token);
        assertThat(jmh.statusCode()).as(jmh.body()).isEqualTo(201);
        HttpResponse<String> gab = served.post(
                "/api/runs?commit=" + Served.commit(8) + "&gab_direction=lower_is_better", GAB, served.token);
        assertThat(gab.statusCode()).as(gab.body()).isEqualTo(201);
        JsonNode runs = Json.MAPPER.readTree(served.get("/api/runs").body());
        assertThat(runs)
                .extracting(r -> r.get("commit").asText())
                .containsExactlyInAnyOrder(Served.commit(7), Served.commit(8));
        assertThat(Json.MAPPER.readTree(
                        served.get("/api/series?q=org.example.Bench%20parse").body()))
                .isNotEmpty();
        JsonNode gabSeries =
                Json.MAPPER.readTree(served.get("/api/series?q=parse%20value").body());
        assertThat(gabSeries).isNotEmpty();
        assertThat(gabSeries).extracting(s -> s.get("direction").asText()).containsOnly("lower_is_better");
    }

    @Test
    void badInput_getsOneJsonLineAndItsStatus_andStoresNothing() throws Exception {
        String body = Served.json(Served.run("r1", T0, Served.commit(1), "main", 1000));
        assertError(served.post("/api/runs", body, null), 401, "Bearer");
        assertError(served.post("/api/runs", body, "rfcc_wrong"), 401, "not valid");
        assertError(served.post("/api/runs", body.substring(0, body.length() / 2), served.token), 400, "the body");
        assertError(served.post("/api/runs", "", served.token), 400, "empty");
        assertError(served.post("/api/runs", "{\"not\": \"a run\"}", served.token), 400, "");
        assertError(served.post("/api/runs?commit=xyz", JMH, served.token), 400, "the query parameter commit");
        assertError(served.post("/api/runs?gab_direction=up", GAB, served.token), 400, "up");
        assertError(served.get("/api/series/999/points"), 404, "no such series");
        assertError(served.get("/api/series/abc/points"), 400, "not an id");
        assertError(served.get("/api/runs?limit=-3"), 400, "limit");
        assertError(served.get("/api/runs?limit=many"), 400, "limit");
        assertError(served.get("/api/series/1/points?newest=x"), 400, "newest");
        assertError(served.get("/api/runs/nope"), 404, "no such run");
        assertError(served.get("/api/compare?base=a"), 400, "head");
        assertError(served.get("/api/compare?base=a&head=b"), 400, "no stored run, commit or branch 'a'");
        assertError(served.get("/api/alerts?state=sleeping"), 400, "state");
        assertError(served.get("/api/nothing"), 404, "");
        assertThat(served.dashboard.runs(10)).isEmpty();
    }

    /**
     * A 100 MB body, declared, from a client that waits for "100 Continue" (over a socket: the JDK 17 client waits
     * forever for a 100 that does not come, JDK-8286171): 413 comes at once and not a byte of the body is sent.
     */
    @Test
    void aBodyOverTheLimit_is413_beforeItIsSent() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + served.token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 100L * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
            String line;
            while (!(line = in.readLine()).isEmpty()) {
                // the headers
            }
            char[] body = new char[200];
            int n = in.read(body);
            assertThat(new String(body, 0, n)).contains("\"error\":\"the body is larger");
        }
        assertThat(served.dashboard.runs(10)).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheLimit_isCutOffAt413() {
        try (Served small = new Served("jdbc:sqlite:" + dir.resolve("small.db"), dir, 1024)) {
            byte[] big = new byte[64 * 1024];
            HttpResponse<String> answer = small.send(HttpRequest.newBuilder(small.uri("/api/runs"))
                    .timeout(Served.TIMEOUT)
                    .header("Authorization", "Bearer " + small.token)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                    .build());
            assertError(answer, 413, "larger");
        }
    }

    @Test
    void aRevokedToken_writesNoMore() {
        new Tokens(served.settings).revoke("test", Instant.now());
        assertError(
                served.post("/api/runs", Served.json(Served.run("r1", T0, Served.commit(1), "main", 1)), served.token),
                401,
                "not valid");
    }

    @Test
    void anAlert_isAcknowledgedWithAToken_andRefusedWithout() throws Exception {
        for (int i = 0; i < 8; i++) {
            served.post(
                    "/api/runs",
                    Served.json(Served.run("r" + i, T0.plusSeconds(3600L * i), Served.commit(i), "main", 1000 + i % 2)),
                    served.token);
        }
        HttpResponse<String> slow = served.post(
                "/api/runs",
                Served.json(Served.run("slow", T0.plusSeconds(3600L * 9), Served.commit(9), "main", 600)),
                served.token);
        assertThat(slow.statusCode()).isEqualTo(201);
        JsonNode open =
                Json.MAPPER.readTree(served.get("/api/alerts?state=open").body());
        assertThat(open).as("the slowed run's alert").isNotEmpty();
        long id = open.get(0).get("id").asLong();
        assertError(served.post("/api/alerts/" + id + "/ack", "{}", null), 401, "Bearer");
        assertError(served.post("/api/alerts/" + id + "/ack", "{}", "rfcc_wrong"), 401, "not valid");
        assertThat(Json.MAPPER.readTree(served.get("/api/alerts?state=open").body()))
                .hasSize(open.size());
        HttpResponse<String> ack = served.post("/api/alerts/" + id + "/ack", "{\"note\": \"looking\"}", served.token);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(ack.body()).path("state").asText()).isEqualTo("acknowledged");
        assertError(served.post("/api/alerts/" + id + "/ack", "{}", served.token), 400, "acknowledged already");
        assertError(served.post("/api/alerts/999/ack", "{}", served.token), 400, "no alert 999");
        assertError(served.post("/api/alerts/" + id + "/ack", "{not json", served.token), 400, "not JSON");
    }

    @Test
    void liveEvents_reachEveryListener_asTheyCome() throws Exception {
        HttpResponse<InputStream> stream = served.http.send(
                HttpRequest.newBuilder(served.uri("/api/events"))
                        .header("Accept", "text/event-stream") // as EventSource asks
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        // the server says hello once it has joined this listener: an event posted before that would miss it
        java.util.concurrent.CountDownLatch joined = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                boolean live = false;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("event: hello")) {
                        joined.countDown();
                    } else if (line.equals("event: live")) {
                        live = true;
                    } else if (live && line.startsWith("data:")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String event = "{\"live_id\": \"L1\", \"event\": \"started\", \"index\": 0, \"total\": 3,"
                + " \"benchmark\": \"demo/Parse.run\"}";
        assertThat(joined.await(20, TimeUnit.SECONDS)).as("the server's hello").isTrue();
        assertError(served.post("/api/live", event, null), 401, "Bearer");
        assertThat(served.post("/api/live", event, served.token).statusCode()).isEqualTo(202);
        assertThat(heard.get(20, TimeUnit.SECONDS))
                .contains("\"live_id\":\"L1\"")
                .contains("started");
        JsonNode live = Json.MAPPER.readTree(served.get("/api/live").body());
        assertThat(live).hasSize(1);
        assertThat(live.get(0).path("current").asText()).isEqualTo("demo/Parse.run");
        assertError(served.post("/api/live", "{\"event\": \"started\"}", served.token), 400, "live_id");
        stream.body().close();
    }

    @Test
    void aPortInUse_isOneLine() {
        int port = served.server.port();
        assertThatThrownBy(() ->
                        DashboardServer.start(served.dashboard, new DashboardServer.Options("127.0.0.1", port, 1024)))
                .isInstanceOf(UserException.class)
                .hasMessage("cannot listen on 127.0.0.1:" + port + ": the port is in use");
        assertThat(served.get("/health").statusCode()).isEqualTo(200);
    }

    static void assertError(HttpResponse<String> answer, int status, String says) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode error;
        try {
            error = Json.MAPPER.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
        assertThat(error.size()).as(answer.body()).isEqualTo(1);
        assertThat(error.path("error").asText()).doesNotContain("\\n").contains(says);
    }
}
