package org.rfcc.bench.model;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The one definition of a metric's value and 95% interval, derived from its raw samples (one
 * list per JMH fork), and the one the comparison tests:
 *
 * <ul>
 *   <li>each fork's value is the median of its measured iterations: iterations inside one JVM are
 *       not independent, and one slow iteration (a GC pause) must not move the fork;
 *   <li>the metric's value is the geometric mean of the fork values, since the comparison works
 *       on their logarithms and a change is a ratio; the arithmetic mean when a fork value is zero
 *       or negative, where no logarithm exists;
 *   <li>with two or more forks the interval is Student's t over the fork values on that same
 *       scale; with one fork it is the distribution-free interval of the median of its iterations
 *       (order statistics), which understates JVM-to-JVM noise; a single sample has the zero-width
 *       interval.
 * </ul>
 *
 * @param low the lower end of the 95% interval
 * @param high the upper end of the 95% interval
 */
public record Estimate(double value, double low, double high) {
    /** The coverage of the interval. */
    public static final double CONFIDENCE = 0.95;

    /** Student's t quantiles by degrees of freedom, filled as they are first needed (0: not yet). */
    private static final double[] T = new double[1024];
    /** The order statistic of the median's interval by sample count, plus one (0: not yet). */
    private static final int[] K = new int[1024];

    /** The estimate of {@code samples}, one non-empty list per fork. */
    public static Estimate of(List<List<Double>> samples) {
        double[] forks = forkValues(samples);
        if (forks.length >= 2) {
            return overForks(forks);
        }
        double[] iterations = sorted(samples.get(0));
        double median = median(iterations);
        if (iterations.length == 1) {
            return new Estimate(median, median, median);
        }
        int k = orderStatistic(iterations.length);
        return new Estimate(median, iterations[k], iterations[iterations.length - 1 - k]);
    }

    /** The value alone of {@code samples}, as {@link #of} derives it, without the cost of its interval. */
    public static double valueOf(List<List<Double>> samples) {
        double[] forks = forkValues(samples);
        if (forks.length == 1 || Arrays.stream(forks).allMatch(v -> v == forks[0])) {
            return forks[0];
        }
        if (!logScale(forks)) {
            return Arrays.stream(forks).sum() / forks.length;
        }
        return Math.exp(Arrays.stream(forks).map(Math::log).sum() / forks.length);
    }

    /** One value per fork: the median of its iterations. */
    public static double[] forkValues(List<List<Double>> samples) {
        double[] out = new double[samples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = median(sorted(samples.get(i)));
        }
        return out;
    }

    /** True when every value is above zero, so that the metric is summarised on the log scale. */
    public static boolean logScale(double[] values) {
        return Arrays.stream(values).allMatch(v -> v > 0);
    }

    private static Estimate overForks(double[] forks) {
        if (Arrays.stream(forks).allMatch(v -> v == forks[0])) {
            return new Estimate(forks[0], forks[0], forks[0]); // exactly, not exp(log(x))
        }
        boolean log = logScale(forks);
        double[] x = log ? Arrays.stream(forks).map(Math::log).toArray() : forks;
        int n = x.length;
        double mean = Arrays.stream(x).sum() / n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double half = t(n - 1) * Math.sqrt(ss / (n - 1) / n);
        return log
                ? new Estimate(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half))
                : new Estimate(mean, mean - half, mean + half);
    }

    /** Student's t quantile of the two-sided interval at {@code df} degrees of freedom, computed once per df. */
    private static double t(int df) {
        if (df >= T.length) {
            return new TDistribution(df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        }
        double q = T[df];
        if (q == 0) {
            q = new TDistribution(df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
            T[df] = q; // a race only computes the same value twice
        }
        return q;
    }

    /**
     * The 0-based index k of the interval [x(k), x(n-1-k)] of the median of n sorted values: the
     * largest k with P(B < k + 1) ≤ 2.5% for B ~ Binomial(n, ½); 0 (the whole range) for n ≤ 5.
     */
    private static int orderStatistic(int n) {
        if (n < K.length && K[n] > 0) {
            return K[n] - 1;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int k = 0;
        while (k + 1 < n / 2 && b.cumulativeProbability(k + 1) <= (1 - CONFIDENCE) / 2) {
            k++;
        }
        if (n < K.length) {
            K[n] = k + 1;
        }
        return k;
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a fork needs at least one sample");
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        Arrays.sort(v);
        return v;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
