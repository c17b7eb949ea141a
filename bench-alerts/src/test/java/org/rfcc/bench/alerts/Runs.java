package org.rfcc.bench.alerts;

import java.time.Duration;
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

/** Run records of a JMH project's two benchmarks, nightly (or as often as asked), with 1% noise between runs. */
final class Runs {
    static final Instant START = Instant.parse("2026-10-01T02:00:00Z");

    private final Random random;
    private final Duration every;

    Runs(long seed) {
        this(seed, Duration.ofDays(1));
    }

    /** Runs {@code every} apart, each committed half an hour before it started. */
    Runs(long seed, Duration every) {
        this.random = new Random(seed);
        this.every = every;
    }

    /** Run {@code index}: its two benchmarks' throughput at {@code parseLevel} and {@code writeLevel} ops/s. */
    RunRecord run(int index, double parseLevel, double writeLevel) {
        Instant started = START.plus(every.multipliedBy(index));
        List<BenchmarkResult> results = new ArrayList<>();
        results.add(result("parse", parseLevel));
        results.add(result("write", writeLevel));
        String commit = String.format("%040x", 0xabc000L + index);
        return new RunRecord(
                RunRecord.SCHEMA,
                "run-" + index,
                started,
                started.plusSeconds(300),
                "jmh",
                "run",
                new GitInfo(commit, "main", false, "change " + index, "Ana", started.minusSeconds(1800)),
                new Machine("fp1", "Linux", "AMD EPYC", 2, 8L << 30, "OpenJDK 17", List.of(), "G1", null, false),
                Map.of(),
                results,
                List.of(),
                null);
    }

    private BenchmarkResult result(String benchmark, double level) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        double v = level * Math.exp(0.01 * random.nextGaussian());
        metrics.put(
                "score",
                new Metric("ops/s", Direction.HIGHER_IS_BETTER, List.of(List.of(v, v * 1.001), List.of(v * 0.999))));
        return BenchmarkResult.ok("org.example.Bench", benchmark, Map.of("size", 16), metrics);
    }
}
