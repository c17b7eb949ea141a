package org.rfcc.bench.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Hodges–Lehmann shift between two samples (the median of all pairwise differences) and its
 * distribution-free confidence interval, read off the exact Mann–Whitney null distribution
 * (Hollander and Wolfe, Nonparametric Statistical Methods, 3rd ed., 4.3). With few values the
 * exact interval cannot reach every confidence: it then widens to the full range of differences
 * and {@link Shift#confidence()} says what it achieves.
 */
final class HodgesLehmann {
    /** Above this many pairs the Mann–Whitney distribution is taken as normal. */
    private static final int EXACT_PAIRS = 2_500;

    /** Exact null distributions by sample sizes; fork counts repeat, so each is computed once. */
    private static final Map<List<Integer>, double[]> CDFS = new ConcurrentHashMap<>();

    /**
     * A shift {@code head - base} with its interval.
     *
     * @param confidence the interval's actual coverage, at least the one asked for when possible
     */
    record Shift(double estimate, double low, double high, double confidence) {}

    private HodgesLehmann() {}

    /** The shift of {@code head} against {@code base} with an interval of {@code confidence}. */
    static Shift shift(double[] base, double[] head, double confidence) {
        int n = base.length;
        int m = head.length;
        double[] d = new double[n * m];
        int k = 0;
        for (double h : head) {
            for (double b : base) {
                d[k++] = h - b;
            }
        }
        Arrays.sort(d);
        double estimate = medianOfSorted(d);
        int pairs = d.length;
        double alpha = 1 - confidence;
        int c;
        double achieved;
        if (pairs <= EXACT_PAIRS) {
            double[] cdf = CDFS.computeIfAbsent(List.of(n, m), sizes -> mannWhitneyCdf(n, m));
            // c - 1 is the largest u with P(U <= u) <= alpha / 2; the interval is [d_c, d_(nm + 1 - c)].
            c = 0;
            while (c < pairs && cdf[c] <= alpha / 2) {
                c++;
            }
            c = Math.max(c, 1);
            achieved = 1 - 2 * cdf[c - 1];
        } else {
            double z = Distributions.normalQuantile(1 - alpha / 2);
            double sd = Math.sqrt(n * (double) m * (n + m + 1) / 12.0);
            c = Math.max(1, (int) Math.floor(n * (double) m / 2.0 - z * sd));
            achieved = confidence;
        }
        return new Shift(estimate, d[c - 1], d[pairs - c], achieved);
    }

    private static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * P(U <= u) for u = 0..nm under the null hypothesis, from the counts of the Gaussian binomial
     * coefficient [n+m choose n]: ways(i, j) = ways(i - 1, j) shifted by j + ways(i, j - 1).
     */
    static double[] mannWhitneyCdf(int n, int m) {
        double[][] row = new double[m + 1][];
        for (int j = 0; j <= m; j++) {
            row[j] = new double[] {1};
        }
        for (int i = 1; i <= n; i++) {
            double[][] next = new double[m + 1][];
            next[0] = new double[] {1};
            for (int j = 1; j <= m; j++) {
                double[] up = row[j];
                double[] left = next[j - 1];
                double[] ways = new double[i * j + 1];
                for (int u = 0; u < up.length; u++) {
                    ways[u + j] += up[u];
                }
                for (int u = 0; u < left.length; u++) {
                    ways[u] += left[u];
                }
                next[j] = ways;
            }
            row = next;
        }
        double[] ways = row[m];
        double total = Arrays.stream(ways).sum();
        double[] cdf = new double[ways.length];
        double sum = 0;
        for (int u = 0; u < ways.length; u++) {
            sum += ways[u];
            cdf[u] = sum / total;
        }
        return cdf;
    }
}
