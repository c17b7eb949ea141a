package org.rfcc.bench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.app.Console;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.app.Tokens;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/** A real dashboard on a loopback port over the history at a URL, with one write token, and a client for it. */
final class Served implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final Settings settings;
    final Dashboard dashboard;
    final DashboardServer server;
    final String token;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    Served(String storeUrl, Path workDir) {
        this(storeUrl, workDir, DashboardServer.MAX_BODY);
    }

    Served(String storeUrl, Path workDir, long maxBody) {
        settings = new Settings(storeUrl, workDir.resolve("config.yaml"), false, null, workDir, false, Map.of(), false);
        token = new Tokens(settings).create("test", Instant.now());
        dashboard = new Dashboard(settings, Console.silent());
        server = DashboardServer.start(dashboard, new DashboardServer.Options("127.0.0.1", 0, maxBody));
    }

    URI uri(String path) {
        return server.url().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build());
    }

    HttpResponse<String> post(String path, String body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A run of one benchmark with a score (two forks of three iterations about {@code value}) and its RSS. */
    static RunRecord run(String id, Instant started, String commit, String branch, double value) {
        return run(id, started, commit, branch, value, "demo", "Parse.run", Map.of("size", 16), "score", "fp-test");
    }

    static RunRecord run(
            String id,
            Instant started,
            String commit,
            String branch,
            double value,
            String suite,
            String benchmark,
            Map<String, Object> params,
            String metric,
            String machine) {
        Metric score = new Metric(
                "ops/s",
                Direction.HIGHER_IS_BETTER,
                List.of(List.of(value * 0.99, value, value * 1.01), List.of(value * 1.005, value * 0.995, value)));
        Metric rss = new Metric("MB", Direction.LOWER_IS_BETTER, List.of(List.of(310.0, 312.0, 311.0)));
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                started,
                started.plusSeconds(30),
                "full",
                "run",
                new GitInfo(commit, branch, false, "message of " + id, null, null),
                new Machine(machine, "Linux", "cpu", 2, 1L << 33, "17", List.of(), "G1", null, false),
                Map.of(),
                List.of(BenchmarkResult.ok(suite, benchmark, params, metrics(metric, score, rss))),
                List.of(),
                null);
    }

    private static Map<String, Metric> metrics(String metric, Metric score, Metric rss) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put(metric, score);
        metrics.put("peak_rss_mb", rss);
        return metrics;
    }

    static String json(RunRecord run) {
        return Json.compact(run);
    }

    static String commit(int i) {
        return String.format("%040x", i + 1);
    }

    @Override
    public void close() {
        server.close();
        dashboard.close();
    }
}
