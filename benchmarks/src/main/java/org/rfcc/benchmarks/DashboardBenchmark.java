package org.rfcc.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rfcc.bench.app.Console;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.server.DashboardServer;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredSeries;
import org.rfcc.bench.store.Stores;

/**
 * The dashboard's reads on loopback over a history of 1,000 runs × 300 series (1.5 M raw samples, SQLite), each call's
 * time sampled so that JMH reports its p50 and p99: one series' points ({@code GET /api/series/{id}/points}, the ids
 * taken in turn), the trends page's data (every series' newest 100 points) and, for what a read costs when the
 * dashboard's cache holds nothing (after a run is stored), the history's own read of one series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DashboardBenchmark {
    private Path dir;
    private HistoryStore store;
    private Dashboard dashboard;
    private DashboardServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private List<StoredSeries> series;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rfcc-dashboard-bench");
        String url = "jdbc:sqlite:" + dir.resolve("history.db");
        store = Stores.open(url);
        SyntheticHistory.fill(store, 1000, 100, 1, 5, 2026);
        series = store.series();
        Settings settings = new Settings(url, dir.resolve("config.yaml"), false, null, dir, false, Map.of(), false);
        dashboard = new Dashboard(settings, Console.silent());
        server = DashboardServer.start(dashboard, new DashboardServer.Options("127.0.0.1", 0, 1 << 20));
        System.out.printf("%n[dashboard] %s%n", store.stats());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.close();
        dashboard.close();
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    private long nextId() {
        return series.get(next++ % series.size()).id();
    }

    /** {@code GET /api/series/{id}/points}: one series, every point (1,000), each id in turn. */
    @Benchmark
    public int seriesPoints() throws IOException, InterruptedException {
        return get("api/series/" + nextId() + "/points");
    }

    /** {@code GET /api/trends}: the trends page's data, the newest 100 points of each of the 300 series. */
    @Benchmark
    public int trendsPage() throws IOException, InterruptedException {
        return get("api/trends");
    }

    /** The history's read of one series (1,000 points): what a points request costs when nothing is cached. */
    @Benchmark
    public List<HistoryRow> storePoints() {
        return store.points(nextId());
    }

    private int get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept-Encoding", "gzip")
                .build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer.body().length;
    }
}
