package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.config.Thresholds;

/**
 * Checks each {@code performance_thresholds} entry against the metric it names, using the worst
 * value over every result of that metric (the lowest for a minimum, the highest for a maximum).
 */
public final class ThresholdChecker {
    private ThresholdChecker() {}

    /** A threshold on {@code metric} of the benchmark {@code benchmark} (suite/benchmark) only. */
    private record Rule(
            String name,
            double limit,
            boolean minimum,
            String benchmark,
            String metric,
            DoubleUnaryOperator toLimitUnit) {}

    /** The checks in config order; a threshold whose metric was not measured (its suite did not run) is left out. */
    public static List<ThresholdCheck> check(Thresholds t, List<BenchmarkResult> results) {
        List<Rule> rules = List.of(
                new Rule(
                        "compression_speed.min_tokens_per_second",
                        t.minTokensPerSecond(),
                        true,
                        "compression/compression_speed",
                        "tokens_per_second",
                        v -> v),
                new Rule(
                        "compression_speed.max_memory_gb",
                        t.maxMemoryGb(),
                        false,
                        "compression/memory_usage",
                        "peak_rss_mb",
                        mb -> mb / 1024),
                new Rule(
                        "model_loading.max_load_time_seconds",
                        t.maxLoadTimeSeconds(),
                        false,
                        "models/model_loading",
                        "load_time_ms",
                        ms -> ms / 1000),
                new Rule(
                        "inference.max_latency_ms",
                        t.maxLatencyMs(),
                        false,
                        "inference/inference_latency",
                        "latency_p99_ms",
                        v -> v),
                new Rule(
                        "inference.min_throughput_tokens_per_second",
                        t.minThroughputTokensPerSecond(),
                        true,
                        "inference/batch_processing",
                        "throughput_tokens_per_second",
                        v -> v));
        List<ThresholdCheck> out = new ArrayList<>();
        for (Rule rule : rules) {
            check(rule, results).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<ThresholdCheck> check(Rule rule, List<BenchmarkResult> results) {
        BenchmarkResult worst = null;
        double worstValue = Double.NaN;
        for (BenchmarkResult r : results) {
            Metric m = r.status() == Status.OK && r.id().equals(rule.benchmark())
                    ? r.metrics().get(rule.metric())
                    : null;
            if (m == null) {
                continue;
            }
            double v = rule.toLimitUnit().applyAsDouble(m.value());
            if (worst == null || (rule.minimum() ? v < worstValue : v > worstValue)) {
                worst = r;
                worstValue = v;
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        boolean passed = rule.minimum() ? worstValue >= rule.limit() : worstValue <= rule.limit();
        return Optional.of(
                new ThresholdCheck(rule.name(), rule.limit(), worstValue, passed, worst.id(), worst.params()));
    }
}
