package org.rfcc.bench.model;

import java.util.List;

/**
 * One measured quantity of a benchmark result. {@code samples} holds the raw data, one list per
 * JMH fork with that fork's measured iterations ({@code [[value]]} for a deterministic metric);
 * {@code value} and {@code ci} are derived from it.
 *
 * @param ci the confidence interval of {@code value} as {@code [low, high]}
 */
public record Metric(String unit, Direction direction, double value, List<List<Double>> samples, List<Double> ci) {
    public Metric {
        if (unit == null || direction == null) {
            throw new IllegalArgumentException("a metric needs a unit and a direction");
        }
        if (samples.isEmpty() || samples.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a metric needs at least one sample in every fork");
        }
        samples = samples.stream().map(List::copyOf).toList();
        if (ci.size() != 2 || ci.get(0) > ci.get(1)) {
            throw new IllegalArgumentException("ci must be [low, high], got " + ci);
        }
        ci = List.copyOf(ci);
    }

    /** A deterministic metric: one value, one sample, a zero-width interval. */
    public static Metric exact(String unit, Direction direction, double value) {
        return new Metric(unit, direction, value, List.of(List.of(value)), List.of(value, value));
    }

    /** How many forks the samples come from. */
    public int forks() {
        return samples.size();
    }

    /** How many samples there are over all forks. */
    public int sampleCount() {
        return samples.stream().mapToInt(List::size).sum();
    }
}
