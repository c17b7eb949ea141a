package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One measured quantity of a benchmark result. {@code samples} holds the raw data, one list per
 * JMH fork with that fork's measured iterations ({@code [[value]]} for a deterministic metric).
 * The value and its interval are derived from the samples by {@link Estimate}, once, when the
 * metric is made: a run file's {@code value} and {@code ci} are written for readers and derived
 * again when the file is read, as JMH derives its scores from its raw results.
 */
@JsonPropertyOrder({"unit", "direction", "value", "samples", "ci"})
@JsonIgnoreProperties(
        value = {"value", "ci"},
        allowGetters = true)
public final class Metric {
    private final String unit;
    private final Direction direction;
    private final List<List<Double>> samples;
    private final Estimate estimate;

    /** A metric of {@code samples}, one non-empty list of iterations per fork. */
    @JsonCreator
    public Metric(
            @JsonProperty("unit") String unit,
            @JsonProperty("direction") Direction direction,
            @JsonProperty("samples") List<List<Double>> samples) {
        if (unit == null || direction == null) {
            throw new IllegalArgumentException("a metric needs a unit and a direction");
        }
        if (samples == null || samples.isEmpty() || samples.stream().anyMatch(f -> f == null || f.isEmpty())) {
            throw new IllegalArgumentException("a metric needs at least one sample in every fork");
        }
        for (List<Double> fork : samples) {
            for (Double v : fork) {
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("a metric's samples must be finite numbers, got " + v);
                }
            }
        }
        this.unit = unit;
        this.direction = direction;
        this.samples = samples.stream().map(List::copyOf).toList();
        this.estimate = Estimate.of(this.samples);
    }

    /** A deterministic metric: one value, one sample, a zero-width interval. */
    public static Metric exact(String unit, Direction direction, double value) {
        return new Metric(unit, direction, List.of(List.of(value)));
    }

    /** The unit, as the benchmark reports it ({@code ms}, {@code ops/s}, {@code tokens/s}). */
    @JsonProperty("unit")
    public String unit() {
        return unit;
    }

    /** Which way the metric improves. */
    @JsonProperty("direction")
    public Direction direction() {
        return direction;
    }

    /** The raw samples: one list per fork, each holding that fork's measured iterations. */
    @JsonProperty("samples")
    public List<List<Double>> samples() {
        return samples;
    }

    /** The value, derived by {@link Estimate}. */
    @JsonProperty("value")
    public double value() {
        return estimate.value();
    }

    /** The 95% interval of {@link #value()} as {@code [low, high]}. */
    @JsonProperty("ci")
    public List<Double> ci() {
        return List.of(estimate.low(), estimate.high());
    }

    /** The value and its interval. */
    public Estimate estimate() {
        return estimate;
    }

    /** One value per fork, the median of its iterations: the unit of analysis of a comparison. */
    public double[] forkValues() {
        return Estimate.forkValues(samples);
    }

    /** How many forks the samples come from. */
    public int forks() {
        return samples.size();
    }

    /** How many samples there are over all forks. */
    public int sampleCount() {
        return samples.stream().mapToInt(List::size).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metric m && unit.equals(m.unit) && direction == m.direction && samples.equals(m.samples);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, direction, samples);
    }

    @Override
    public String toString() {
        return "Metric[unit=" + unit + ", direction=" + direction.id() + ", value=" + value() + ", forks=" + forks()
                + ", samples=" + sampleCount() + "]";
    }
}
