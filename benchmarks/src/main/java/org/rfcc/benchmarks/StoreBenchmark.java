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
import org.rfcc.bench.store.StoreStats;
import org.rfcc.bench.store.Stores;

/**
 * The history's own speed and size on SQLite, for two shapes of run: {@code 5x5} (40 benchmarks ×
 * 10 metrics × 5 forks × 5 iterations, 10,000 samples) and {@code full} (the full matrix of
 * {@code config.yaml} with one fork: 330 results, 6,555 samples, a quarter of them deterministic
 * one-sample metrics). It measures storing one more run, and reading one series (one point per
 * run) out of a history of {@code runs} runs; the tear-down prints the bytes per sample. Not part
 * of {@code rfcc-bench run}; run it with
 * {@code java -cp 'distribution/target/app/lib/*' org.openjdk.jmh.Main StoreBenchmark}.
 */
@State(Scope.Benchmark)
public class StoreBenchmark {
    /** Runs in the history that the read benchmark queries (one point of its series each). */
    @Param("1000")
    public int runs;

    /** The shape of each run: {@code 5x5} or {@code full}. */
    @Param({"5x5", "full"})
    public String shape;

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
        StoreStats stats = store.stats();
        System.out.printf("%n[store] %s shape: %s%n", shape, stats);
        store.close();
    }

    /** Stores one more run. */
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
        return record(UUID.randomUUID().toString(), started, shape.equals("full") ? fullRun() : fiveByFive());
    }

    /** A run of the store benchmarks: profile full, machine "bench", no git, config or failures. */
    static RunRecord record(String id, Instant started, List<BenchmarkResult> results) {
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
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

    private List<BenchmarkResult> fiveByFive() {
        List<BenchmarkResult> results = new ArrayList<>();
        for (int b = 0; b < 40; b++) {
            results.add(result("benchmark_" + b, Map.of("size", 1000), 10, 5, 5));
        }
        return results;
    }

    /** The full matrix's results: per metric, one fork of 5 iterations, or 1 sample if deterministic. */
    private List<BenchmarkResult> fullRun() {
        List<BenchmarkResult> results = new ArrayList<>();
        int b = 0;
        for (int combo = 0; combo < 75; combo++) {
            Map<String, Object> params = Map.of("model", "m" + combo % 3, "document_size", combo / 3, "ratio", 4);
            results.add(result("benchmark_" + b++, params, 8, 1, 5)); // speed and JMH's gc metrics
            results.add(result("benchmark_" + b++, params, 3, 1, 5)); // memory
            results.add(result("benchmark_" + b++, params, 4, 1, 5)); // stages
            results.add(result("benchmark_" + b++, params, 8, 1, 1)); // quality: deterministic
        }
        for (int model = 0; model < 6; model++) {
            results.add(result("benchmark_" + b++, Map.of("model", "m" + model), 1, 5, 1)); // loading, tokenizers
        }
        for (int batch = 0; batch < 12; batch++) {
            results.add(result("benchmark_" + b++, Map.of("batch_size", batch), 3, 1, 5)); // latency
            results.add(result("benchmark_" + b++, Map.of("batch_size", batch), 2, 1, 5)); // throughput
        }
        return results;
    }

    private BenchmarkResult result(
            String benchmark, Map<String, Object> params, int metrics, int forks, int iterations) {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (int m = 0; m < metrics; m++) {
            List<List<Double>> samples = new ArrayList<>();
            for (int f = 0; f < forks; f++) {
                List<Double> it = new ArrayList<>();
                for (int i = 0; i < iterations; i++) {
                    it.add(1000 + random.nextGaussian() * 30);
                }
                samples.add(it);
            }
            out.put("metric_" + m, new Metric("ms", Direction.LOWER_IS_BETTER, samples));
        }
        return BenchmarkResult.ok("suite", benchmark, params, out);
    }
}
