package org.rfcc.bench.runner;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;

/**
 * Derives a metric's value and 95% confidence interval from its raw samples. With two or more
 * forks the interval comes from the fork means (the fork is the unit of analysis); with one
 * fork it can only come from that fork's iterations, which understates JVM-to-JVM noise.
 */
public final class Summaries {
    private static final double CONFIDENCE = 0.95;

    private Summaries() {}

    /** The metric of {@code samples} (one list per fork). */
    public static Metric metric(String unit, Direction direction, List<List<Double>> samples) {
        double value = samples.stream()
                .flatMap(List::stream)
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        List<Double> units = samples.size() >= 2
                ? samples.stream()
                        .map(f -> f.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow())
                        .toList()
                : samples.get(0);
        double half = halfWidth(units);
        return new Metric(unit, direction, value, samples, List.of(value - half, value + half));
    }

    private static double halfWidth(List<Double> xs) {
        int n = xs.size();
        if (n < 2) {
            return 0;
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * sd / Math.sqrt(n);
    }
}
