package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.DirectPlan;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RunListener;

/** {@code run --live}: the events a dashboard hears, and a dashboard that is down, slow, failing or killed mid-way. */
final class LiveFeedTest {
    private static final List<Plan> PLANS = List.of(plan("a"), plan("b"), plan("c"));

    private HttpServer server;
    private final List<JsonNode> heard = new CopyOnWriteArrayList<>();
    private final List<String> auth = new CopyOnWriteArrayList<>();
    private List<String> warnings = List.of();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, long delayMs) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/live", exchange -> {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            heard.add(Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes()));
            auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (status == 202 ? "{\"accepted\":true}" : "{\"error\":\"the store is down\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private RunListener feed(String url) {
        Warnings console = new Warnings();
        warnings = console.lines;
        return LiveFeed.around(console, url, Map.of(LiveFeed.TOKEN_ENV, "rfcc_secret"))
                .progress();
    }

    private static void run(RunListener listener) {
        listener.planned(PLANS);
        for (int i = 0; i < PLANS.size(); i++) {
            listener.started(i, PLANS.size(), PLANS.get(i));
            listener.finished(i, PLANS.size(), PLANS.get(i), result(PLANS.get(i)), 0.5);
        }
    }

    @Test
    void everyEvent_reachesTheDashboard_inOrder_withTheToken() throws Exception {
        run(feed(serve(202, 0)));
        assertThat(heard)
                .extracting(e -> e.get("event").asText())
                .containsExactly("planned", "started", "finished", "started", "finished", "started", "done");
        assertThat(heard)
                .extracting(e -> e.get("live_id").asText())
                .containsOnly(heard.get(0).get("live_id").asText());
        assertThat(heard.get(0).get("benchmarks"))
                .extracting(JsonNode::asText)
                .containsExactly("demo/a", "demo/b", "demo/c");
        assertThat(heard.get(6).get("value").asDouble()).isEqualTo(42.0);
        assertThat(heard.get(6).get("status").asText()).isEqualTo("ok");
        assertThat(auth).containsOnly("Bearer rfcc_secret");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDashboardThatIsDown_isSaidOnce_andTheRunGoesOn() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed: nothing listens there
        }
        long start = System.nanoTime();
        run(feed("http://127.0.0.1:" + port));
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("did not take the run's progress").contains("the run goes on");
    }

    @Test
    void aDashboardAnswering500_isSaidOnce_withItsError() throws Exception {
        run(feed(serve(500, 0)));
        assertThat(heard).hasSize(7);
        assertThat(warnings).singleElement().asString().contains("HTTP 500").contains("the store is down");
    }

    @Test
    void aSlowDashboard_neverHoldsUpABenchmark() throws Exception {
        RunListener listener = feed(serve(202, 3_000));
        listener.planned(PLANS);
        long start = System.nanoTime();
        listener.started(0, 3, PLANS.get(0));
        listener.finished(0, 3, PLANS.get(0), result(PLANS.get(0)), 0.5);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .as("the events wait in their own thread")
                .isLessThan(1_000);
        listener.started(1, 3, PLANS.get(1));
        listener.finished(1, 3, PLANS.get(1), result(PLANS.get(1)), 0.5);
        listener.started(2, 3, PLANS.get(2));
        listener.finished(2, 3, PLANS.get(2), result(PLANS.get(2)), 0.5); // the last waits a moment, then leaves
        assertThat(warnings).singleElement().asString().contains("HttpTimeoutException");
    }

    @Test
    void aDashboardKilledMidway_costsTheRestOfTheEventsOnly() throws Exception {
        RunListener listener = feed(serve(202, 0));
        listener.planned(PLANS);
        listener.started(0, 3, PLANS.get(0));
        listener.finished(0, 3, PLANS.get(0), result(PLANS.get(0)), 0.5);
        Thread.sleep(500);
        server.stop(0);
        server = null;
        listener.started(1, 3, PLANS.get(1));
        listener.finished(1, 3, PLANS.get(1), result(PLANS.get(1)), 0.5);
        listener.started(2, 3, PLANS.get(2));
        listener.finished(2, 3, PLANS.get(2), result(PLANS.get(2)), 0.5);
        assertThat(heard).extracting(e -> e.get("event").asText()).containsExactly("planned", "started", "finished");
        assertThat(warnings).hasSize(1);
    }

    @Test
    void noUrl_leavesTheConsoleAsItIs_andABadOneIsOneLine() {
        Console silent = Console.silent();
        assertThat(LiveFeed.around(silent, null, Map.of())).isSameAs(silent);
        assertThatThrownBy(() -> LiveFeed.around(silent, "ftp://dashboard", Map.of()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> LiveFeed.around(silent, "http://a b", Map.of()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("not a URL");
        assertThat(LiveFeed.around(silent, null, Map.of(LiveFeed.URL_ENV, "http://127.0.0.1:1")))
                .isNotSameAs(silent);
    }

    private static Plan plan(String name) {
        return new DirectPlan("demo", name, Map.of(), () -> Map.of());
    }

    private static BenchmarkResult result(Plan plan) {
        return BenchmarkResult.ok(
                plan.suite(),
                plan.benchmark(),
                plan.params(),
                Map.of("score", Metric.exact("ops/s", Direction.HIGHER_IS_BETTER, 42.0)));
    }
}
