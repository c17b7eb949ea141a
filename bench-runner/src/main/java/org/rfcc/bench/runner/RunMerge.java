package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdRule;

/**
 * Joins runs of the same code made one fork at a time (the rounds of an interleaved comparison)
 * into one run whose metrics have one fork per round. A deterministic metric, the same single
 * value in every round, stays one value; a deterministic result may come from the first round alone.
 */
public final class RunMerge {
    private RunMerge() {}

    /**
     * The rounds as one run: the first round's identity and config, the last one's end time, and
     * thresholds checked again on the joined results.
     */
    public static RunRecord merge(List<RunRecord> rounds, List<ThresholdRule> thresholds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no rounds to merge");
        }
        RunRecord first = rounds.get(0);
        List<BenchmarkResult> results = new ArrayList<>();
        for (BenchmarkResult r : first.results()) {
            List<BenchmarkResult> same = rounds.stream()
                    .map(round -> round.results().stream()
                            .filter(x -> x.suite().equals(r.suite())
                                    && x.benchmark().equals(r.benchmark())
                                    && x.params().equals(r.params()))
                            .findFirst()
                            .orElse(null))
                    .toList();
            results.add(joined(r, same));
        }
        Map<String, Object> config = new LinkedHashMap<>(first.config());
        config.put("forks", rounds.size());
        return new RunRecord(
                RunRecord.SCHEMA,
                first.runId(),
                first.startedAt(),
                rounds.get(rounds.size() - 1).finishedAt(),
                first.profile(),
                first.source(),
                first.git(),
                first.machine(),
                config,
                results,
                ThresholdChecker.check(thresholds, results),
                null);
    }

    /** Whether every metric of {@code r} is one exact value: a deterministic result, the same in any round. */
    private static boolean deterministic(BenchmarkResult r) {
        return r.status() == Status.OK
                && !r.metrics().isEmpty()
                && r.metrics().values().stream().allMatch(m -> m.sampleCount() == 1);
    }

    private static BenchmarkResult joined(BenchmarkResult r, List<BenchmarkResult> same) {
        for (BenchmarkResult x : same) {
            if (x == null) {
                // a deterministic result needs one round, and later rounds leave it out
                return deterministic(r)
                        ? r
                        : BenchmarkResult.failed(r.suite(), r.benchmark(), r.params(), "missing from a round");
            }
            if (x.status() == Status.FAILED) {
                return x;
            }
        }
        Map<String, Metric> metrics = new LinkedHashMap<>();
        r.metrics().forEach((name, m) -> {
            List<Metric> all = same.stream().map(x -> x.metrics().get(name)).toList();
            if (all.stream().anyMatch(Objects::isNull)) {
                return;
            }
            boolean exact = all.stream().allMatch(x -> x.sampleCount() == 1 && x.value() == m.value());
            if (exact) {
                metrics.put(name, m);
            } else {
                List<List<Double>> forks = new ArrayList<>();
                all.forEach(x -> forks.addAll(x.samples()));
                metrics.put(name, new Metric(m.unit(), m.direction(), forks));
            }
        });
        return BenchmarkResult.ok(r.suite(), r.benchmark(), r.params(), metrics);
    }
}
