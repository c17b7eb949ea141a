package org.rfcc.bench.stats;

import java.util.Arrays;
import java.util.List;
import org.rfcc.bench.model.Metric;

/** The unit of analysis: one value per fork, the median of its iterations. */
final class ForkValues {
    private ForkValues() {}

    /** One value per fork of {@code metric}. */
    static double[] of(Metric metric) {
        return metric.samples().stream().mapToDouble(ForkValues::median).toArray();
    }

    /** True when {@code metric} is one number from a fixed seed rather than a measurement. */
    static boolean exact(Metric metric) {
        return metric.sampleCount() == 1;
    }

    private static double median(List<Double> iterations) {
        double[] v = iterations.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return medianOfSorted(v);
    }

    /** The median of {@code sorted}, which is in ascending order and not empty. */
    static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
