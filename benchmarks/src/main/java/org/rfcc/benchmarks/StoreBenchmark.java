package org.rfcc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/**
 * The history's own speed on SQLite: storing runs of 100 metrics × 5 forks × 5 iterations
 * (2,500 samples each), and reading one series out of a history that holds {@code stored}
 * samples. Not part of {@code rfcc-bench run}; run it with
 * {@code java -cp 'distribution/target/app/lib/*' org.openjdk.jmh.Main StoreBenchmark}.
 */
@State(Scope.Benchmark)
public class StoreBenchmark {
    /** Metrics per run, forks per metric and iterations per fork of the synthetic runs. */
    static final int METRICS = 100;

    static final int FORKS = 5;
    static final int ITERATIONS = 5;

    /** Runs in the history that the read benchmark queries (one point of its series each). */
    @Param("1000")
    public int runs;

    private Path dir;
    private HistoryStore store;
    private final Random random = new Random(12345);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rfcc-store-bench");
        store = Stores.open("jdbc:sqlite:" + dir.resolve("history.db"));
        for (int i = 0; i < runs; i++) {
            store.store(run(i));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        long bytes = Files.size(dir.resolve("history.db"));
        long samples = (long) store.runCount() * METRICS * FORKS * ITERATIONS;
        System.out.printf(
                "%n[store] %d runs, %d samples, %d bytes: %.1f bytes per sample%n",
                store.runCount(), samples, bytes, (double) bytes / samples);
        store.close();
    }

    /** Stores one more run of 2,500 samples. */
    @Benchmark
    public boolean storeRun() {
        return store.store(run(-1));
    }

    /** Reads one series: one point per stored run. */
    @Benchmark
    public List<HistoryRow> readSeries() {
        return store.history(new HistoryQuery("suite", "benchmark_7", "metric_3", Map.of(), null, null, null));
    }

    RunRecord run(int index) {
        Instant started =
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(index < 0 ? random.nextInt(1 << 30) : index);
        List<BenchmarkResult> results = new ArrayList<>();
        for (int b = 0; b < METRICS / 10; b++) {
            Map<String, Metric> metrics = new LinkedHashMap<>();
            for (int m = 0; m < 10; m++) {
                List<List<Double>> samples = new ArrayList<>();
                for (int f = 0; f < FORKS; f++) {
                    List<Double> it = new ArrayList<>();
                    for (int i = 0; i < ITERATIONS; i++) {
                        it.add(1000 + random.nextGaussian() * 30);
                    }
                    samples.add(it);
                }
                metrics.put("metric_" + m, new Metric("ms", Direction.LOWER_IS_BETTER, samples));
            }
            results.add(BenchmarkResult.ok("suite", "benchmark_" + b, Map.of("size", 1000), metrics));
        }
        return new RunRecord(
                RunRecord.SCHEMA,
                UUID.randomUUID().toString(),
                started,
                started.plusSeconds(60),
                "full",
                "run",
                GitInfo.none(),
                new Machine("bench", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                results,
                List.of(),
                null);
    }
}
