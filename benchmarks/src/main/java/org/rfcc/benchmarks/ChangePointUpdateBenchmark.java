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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.rfcc.bench.app.ChangeWatch;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/**
 * The change points kept after a stored run: a SQLite history of {@code runs} runs of {@code series} series (100
 * benchmarks of {@code series / 100} metrics, one value each, with a shift in a tenth of them), then, per operation,
 * one more run stored and its series' change points detected again and kept ({@link ChangeWatch#update}): {@code
 * storeAndUpdate} times both, {@code update} the update alone (its run stored before the clock starts). The goal is 1
 * s for the update of 10,000 series. Run it with {@code java -cp 'distribution/target/app/lib/*' org.openjdk.jmh.Main
 * ChangePointUpdateBenchmark -f 1 -wi 1 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class ChangePointUpdateBenchmark {
    @Param("10000")
    public int series;

    @Param("200")
    public int runs;

    private static final int BENCHMARKS = 100;

    private Path dir;
    private HistoryStore store;
    private final Random random = new Random(12345);
    private int next;
    private RunRecord pending;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rfcc-cp-update-bench");
        store = Stores.open("jdbc:sqlite:" + dir.resolve("history.db"));
        store.inTransaction(() -> {
            for (next = 0; next < runs; next++) {
                store.store(run(next));
            }
            return null;
        });
    }

    @Setup(Level.Iteration)
    public void nextRun(BenchmarkParams params) {
        pending = run(next++);
        if (params.getBenchmark().endsWith(".update")) {
            store.store(pending);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    /** Stores one run and keeps its series' change points; returns those of its newest 20 runs. */
    @Benchmark
    public int storeAndUpdate() {
        store.store(pending);
        return update();
    }

    /** Keeps the change points of the series of a run stored before the clock started. */
    @Benchmark
    public int update() {
        return ChangeWatch.update(
                        store,
                        ChangeWatch.Touched.of(pending),
                        new EDivisiveMeans(),
                        AlertsConfig.defaults(),
                        20,
                        ChangeWatch.WINDOW)
                .size();
    }

    private RunRecord run(int index) {
        Instant started = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * index);
        int metrics = series / BENCHMARKS;
        List<BenchmarkResult> results = new ArrayList<>(BENCHMARKS);
        for (int b = 0; b < BENCHMARKS; b++) {
            Map<String, Metric> out = new LinkedHashMap<>();
            for (int m = 0; m < metrics; m++) {
                double level = (b * metrics + m) % 10 == 0 && index >= runs / 2 ? 1200 : 1000;
                out.put(
                        "metric_" + m,
                        Metric.exact("ms", Direction.LOWER_IS_BETTER, level + random.nextGaussian() * 10));
            }
            results.add(BenchmarkResult.ok("suite", "benchmark_" + b, Map.of(), out));
        }
        return StoreBenchmark.record("run-" + index, started, results);
    }
}
