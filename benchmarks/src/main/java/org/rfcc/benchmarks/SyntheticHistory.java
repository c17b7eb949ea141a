package org.rfcc.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rfcc.bench.app.ChangeWatch;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/**
 * A generated history for the dashboard's load, speed and browser checks, labelled as what it is (source
 * {@code synthetic}): {@code runs} hourly runs of {@code benchmarks} benchmarks, each measuring a score, its CPU
 * utilisation and its peak RSS ({@code forks × iterations} samples each), with noise of 3%; every tenth benchmark's
 * score drops by 20% two thirds of the way through, so that its series has a change point to find. Its change points
 * are then detected and stored as a stored run's would be.
 */
public final class SyntheticHistory {
    /** The metrics of each benchmark. */
    public static final List<String> METRICS = List.of("score", "cpu_utilization", "peak_rss_mb");

    private SyntheticHistory() {}

    /** {@code SyntheticHistory STORE_URL RUNS BENCHMARKS [FORKS ITERATIONS]}: fills the history at STORE_URL. */
    public static void main(String[] args) {
        try (HistoryStore store = Stores.open(args[0])) {
            fill(
                    store,
                    Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]),
                    args.length > 3 ? Integer.parseInt(args[3]) : 1,
                    args.length > 4 ? Integer.parseInt(args[4]) : 5,
                    2026);
            System.out.println(store.stats());
        }
    }

    /** Stores the history into {@code store}, {@code seed} making it the same each time. */
    public static void fill(HistoryStore store, int runs, int benchmarks, int forks, int iterations, long seed) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        int step = runs * 2 / 3;
        Set<ChangeWatch.Touched> touched = new LinkedHashSet<>();
        int batch = 50;
        for (int from = 0; from < runs; from += batch) {
            int first = from;
            store.inTransaction(() -> {
                for (int i = first; i < Math.min(runs, first + batch); i++) {
                    RunRecord run =
                            run(i, start.plus(Duration.ofHours(i)), benchmarks, forks, iterations, step, random);
                    store.store(run);
                    if (i == 0) {
                        touched.addAll(ChangeWatch.Touched.of(run));
                    }
                }
                return null;
            });
        }
        ChangeWatch.update(store, touched, new EDivisiveMeans(), AlertsConfig.defaults(), 0, null);
    }

    private static RunRecord run(
            int index, Instant started, int benchmarks, int forks, int iterations, int step, Random random) {
        List<BenchmarkResult> results = new ArrayList<>(benchmarks);
        for (int b = 0; b < benchmarks; b++) {
            double level = 1000.0 * (1 + b % 7) * (b % 10 == 0 && index >= step ? 0.8 : 1.0);
            Map<String, Metric> metrics = new LinkedHashMap<>();
            metrics.put("score", metric("ops/s", Direction.HIGHER_IS_BETTER, level, forks, iterations, random));
            metrics.put("cpu_utilization", metric("ratio", Direction.LOWER_IS_BETTER, 0.6, forks, iterations, random));
            metrics.put("peak_rss_mb", metric("MB", Direction.LOWER_IS_BETTER, 300 + b, forks, iterations, random));
            results.add(new BenchmarkResult(
                    "synthetic",
                    String.format(Locale.ROOT, "Bench%03d.run", b),
                    Map.of("model", "m" + b % 3, "size", 1000 * (1 + b % 5)),
                    Status.OK,
                    null,
                    metrics));
        }
        String commit = String.format(Locale.ROOT, "%040x", index + 1L);
        return new RunRecord(
                RunRecord.SCHEMA,
                String.format(Locale.ROOT, "synthetic-%05d", index),
                started,
                started.plusSeconds(600),
                "full",
                "synthetic",
                new GitInfo(commit, index % 10 == 9 ? "feature/x" : "main", false, "commit " + index, null, started),
                new Machine("synthetic-machine", "Linux", "cpu", 2, 1L << 34, "17", List.of(), "G1", null, false),
                Map.of(),
                results,
                List.of(),
                null);
    }

    private static Metric metric(
            String unit, Direction direction, double level, int forks, int iterations, Random random) {
        List<List<Double>> samples = new ArrayList<>(forks);
        for (int f = 0; f < forks; f++) {
            List<Double> fork = new ArrayList<>(iterations);
            for (int i = 0; i < iterations; i++) {
                fork.add(level * (1 + 0.03 * random.nextGaussian()));
            }
            samples.add(fork);
        }
        return new Metric(unit, direction, samples);
    }
}
