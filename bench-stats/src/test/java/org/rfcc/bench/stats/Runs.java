package org.rfcc.bench.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/** Hand-made runs for the comparison tests, from a fixed seed. */
final class Runs {
    static final Map<String, Object> SPEED_PARAMS =
            orderedParams("model", "rfcc-base-4x", "document_size", 1000, "compression_ratio", 4);

    private final Random random = new Random(12345);

    /** {@code forks} forks of 5 iterations around {@code level}, with 2% fork-to-fork noise. */
    Metric measured(String unit, Direction direction, double level, int forks) {
        List<List<Double>> samples = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkLevel = level * (1 + 0.02 * random.nextGaussian());
            List<Double> it = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                it.add(round(forkLevel * (1 + 0.005 * random.nextGaussian())));
            }
            samples.add(it);
        }
        double mean = samples.stream()
                .flatMap(List::stream)
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        return new Metric(unit, direction, samples);
    }

    /** The same value in every fork. */
    static Metric constant(String unit, double value, int forks) {
        List<List<Double>> samples = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            samples.add(List.of(value, value));
        }
        return new Metric(unit, Direction.LOWER_IS_BETTER, samples);
    }

    /** A run with id {@code id}, config {@code config} and {@code results}. */
    static RunRecord run(String id, String commit, Map<String, Object> config, List<BenchmarkResult> results) {
        Instant t = Instant.parse("2026-11-27T12:00:00Z");
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                t,
                t.plusSeconds(90),
                "quick",
                "run",
                new GitInfo(commit, "main", false),
                new Machine("fp", null, null, 2, 0, null, List.of(), null, null, false),
                config,
                results,
                List.of(),
                null);
    }

    static BenchmarkResult result(String suite, String benchmark, Map<String, Object> params, Object... metrics) {
        Map<String, Metric> m = new LinkedHashMap<>();
        for (int i = 0; i < metrics.length; i += 2) {
            m.put((String) metrics[i], (Metric) metrics[i + 1]);
        }
        return BenchmarkResult.ok(suite, benchmark, params, m);
    }

    static Map<String, Object> orderedParams(Object... kv) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        return p;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
