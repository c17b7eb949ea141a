package org.rfcc.bench.model;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A performance threshold as a suite defines it: which benchmark's metric it judges, and how a
 * measured value converts to the limit's unit. The suite seam ({@link org.rfcc.bench.model.seam.Catalog})
 * turns the configured limits into these; the runner checks them.
 *
 * @param name the config key, e.g. {@code inference.max_latency_ms}
 * @param benchmark {@code suite/benchmark}
 * @param toLimitUnit converts a value of the metric into the limit's unit (ms to s, say)
 */
public record ThresholdRule(
        String name,
        double limit,
        ThresholdCheck.Bound bound,
        String benchmark,
        String metric,
        DoubleUnaryOperator toLimitUnit) {
    public ThresholdRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(toLimitUnit, "toLimitUnit");
    }
}
