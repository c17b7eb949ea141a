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
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
