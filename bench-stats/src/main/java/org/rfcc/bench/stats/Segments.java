package org.rfcc.bench.stats;

import java.util.Arrays;

/**
 * The arithmetic of {@link EDivisiveMeans} over one series: the best energy-statistic split of a
 * segment, and the means and t-test of adjacent segments. Segments are half-open ranges [start, end).
 *
 * <p>The t-test is outlier-resistant: each side is winsorized at {@link #CLIP_SIGMAS} robust standard
 * deviations from its median before the pooled two-sample test, where the robust standard deviation of
 * the noise comes from the median absolute difference of consecutive points, which level shifts and
 * isolated outliers barely move. A lone spike then neither hides a shift by inflating the variance
 * nor passes for a short segment at a new level.
 */
final class Segments {
    /** How many robust noise standard deviations from its side's median a value may lie before the test clips it. */
    static final double CLIP_SIGMAS = 4;

    /** median |X - Y| / σ for independent normal X, Y with standard deviation σ: √2 · Φ⁻¹(3/4). */
    private static final double MEDIAN_ABS_DIFF_PER_SIGMA = 0.9538725524419648;

    /** mean |X - Y| / σ for independent normal X, Y with standard deviation σ: 2 / √π. */
    private static final double MEAN_ABS_DIFF_PER_SIGMA = 1.1283791670955126;

    /**
     * The best split of a segment: the first index of the new segment, its energy statistic, and the
     * p-value of the t-test between the two sides it was judged on.
     */
    record Split(int index, double q, double p) {}

    private final double[] x;
    private final int minSegment;
    private final double clip;

    Segments(double[] x, int minSegment) {
        this.x = x;
        this.minSegment = minSegment;
        this.clip = CLIP_SIGMAS * noiseSigma(x);
    }

    int length() {
        return x.length;
    }

    /**
     * The split of [start, end) that maximises the energy statistic q̂ (Matteson and James 2014, α = 1)
     * between a left side [start, τ) and a right window [τ, κ) with κ ≤ end, each of at least
     * {@code minSegment} points, tested on those two sides; null when the segment is too short.
     *
     * <p>Searching κ as well as τ is what finds a short excursion in the middle of a long segment, whose
     * level the rest of the segment would otherwise average away. Time O(len²), memory O(len).
     */
    Split bestSplit(int start, int end) {
        int len = end - start;
        if (len < 2 * minSegment) {
            return null;
        }
        // toEarlier[k]: the sum of |x_i - x_k| over start <= i < k; toLeft[k]: the same over start <= i < τ.
        double[] toEarlier = new double[len];
        double[] toLeft = new double[len];
        for (int k = 0; k < len; k++) {
            double xk = x[start + k];
            double sum = 0;
            for (int i = start; i < start + k; i++) {
                sum += Math.abs(x[i] - xk);
            }
            toEarlier[k] = sum;
        }
        // q̂ = m n / (m + n) · (2 B / (m n) - 2 W_L / (m (m - 1)) - 2 W_R / (n (n - 1))) for B the sum of
        // distances between the sides and W the sums within them; with pairs[k] = 2 / (k (k - 1)) that is
        // (2 B - m n (W_L pairs[m] + W_R pairs[n])) · reciprocal[m + n], and the loop divides nothing.
        double[] pairs = new double[len + 1];
        double[] reciprocal = new double[len + 1];
        for (int k = 2; k <= len; k++) {
            pairs[k] = 2.0 / ((double) k * (k - 1));
            reciprocal[k] = 1.0 / k;
        }
        double withinLeft = 0;
        int bestTau = -1;
        int bestKappa = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int tau = start; tau <= end - minSegment; tau++) {
            int m = tau - start;
            if (m >= minSegment) {
                double left = withinLeft * pairs[m];
                double between = 0;
                double withinRight = 0;
                for (int j = tau - start; j < len; j++) {
                    between += toLeft[j];
                    withinRight += toEarlier[j] - toLeft[j];
                    int n = j + 1 - m;
                    if (n >= minSegment) {
                        double q = (2 * between - (double) m * n * (left + withinRight * pairs[n])) * reciprocal[m + n];
                        if (q > bestQ) {
                            bestQ = q;
                            bestTau = tau;
                            bestKappa = start + j + 1;
                        }
                    }
                }
            }
            // Move x[tau] to the left side.
            withinLeft += toEarlier[tau - start];
            double xt = x[tau];
            for (int k = tau + 1 - start; k < len; k++) {
                toLeft[k] += Math.abs(xt - x[start + k]);
            }
        }
        return new Split(bestTau, bestQ, pValue(start, bestTau, bestKappa));
    }

    /**
     * The τ that maximises q̂ between [start, τ) and [τ, end), each side at least {@code minSegment}
     * points long; the caller guarantees that [start, end) is long enough. Time O(len²), memory O(1).
     */
    int bestTailSplit(int start, int end) {
        double withinLeft = 0;
        double withinRight = 0;
        for (int i = start; i < end; i++) {
            for (int k = i + 1; k < end; k++) {
                withinRight += Math.abs(x[i] - x[k]);
            }
        }
        double total = withinRight;
        int best = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int tau = start; tau < end - minSegment; tau++) {
            // Move x[tau] from the right side to the left.
            double xt = x[tau];
            for (int i = start; i < tau; i++) {
                withinLeft += Math.abs(x[i] - xt);
            }
            for (int k = tau + 1; k < end; k++) {
                withinRight -= Math.abs(xt - x[k]);
            }
            int m = tau + 1 - start;
            int n = end - m - start;
            if (m >= minSegment) {
                double between = total - withinLeft - withinRight;
                double within = 2 * withinLeft / ((double) m * (m - 1)) + 2 * withinRight / ((double) n * (n - 1));
                double q = (2 * between - (double) m * n * within) / (m + n);
                if (q > bestQ) {
                    bestQ = q;
                    best = tau + 1;
                }
            }
        }
        return best;
    }

    /**
     * The two-sided p-value of the pooled two-sample t-test between [start, at) and [at, end), each side
     * winsorized around its median: 1 when both sides are constant and equal, 0 when constant and unequal.
     */
    double pValue(int start, int at, int end) {
        int n1 = at - start;
        int n2 = end - at;
        double[] left = winsorized(start, at);
        double[] right = winsorized(at, end);
        double m1 = mean(left);
        double m2 = mean(right);
        double pooled = (sumOfSquares(left, m1) + sumOfSquares(right, m2)) / (n1 + n2 - 2);
        double se2 = pooled * (1.0 / n1 + 1.0 / n2);
        if (!(se2 > 0)) {
            return m1 == m2 ? 1 : 0;
        }
        return Distributions.studentTwoSidedP((m2 - m1) / Math.sqrt(se2), n1 + n2 - 2);
    }

    /** The mean of the raw values in [start, end). */
    double mean(int start, int end) {
        return mean(Arrays.copyOfRange(x, start, end));
    }

    /** The values of [start, end), clipped to within {@link #clip} of their median. */
    private double[] winsorized(int start, int end) {
        double[] v = Arrays.copyOfRange(x, start, end);
        if (clip > 0) {
            double median = median(v.clone());
            double lo = median - clip;
            double hi = median + clip;
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.max(lo, Math.min(hi, v[i]));
            }
        }
        return v;
    }

    /**
     * The standard deviation of the noise, from the median absolute difference of consecutive points.
     * When most consecutive points are equal (coarsely quantized values), from their mean absolute
     * difference instead, so that a lone spike in a flat series is still clipped; 0 only for a
     * constant series.
     */
    static double noiseSigma(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double[] d = new double[x.length - 1];
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(x[i + 1] - x[i]);
            sum += d[i];
        }
        double median = median(d);
        return median > 0 ? median / MEDIAN_ABS_DIFF_PER_SIGMA : sum / d.length / MEAN_ABS_DIFF_PER_SIGMA;
    }

    /** The median of {@code v}, whose order it changes: quickselect, linear rather than a sort. */
    static double median(double[] v) {
        int half = v.length / 2;
        double upper = select(v, half);
        if (v.length % 2 == 1) {
            return upper;
        }
        double lower = v[0];
        for (int i = 1; i < half; i++) {
            lower = Math.max(lower, v[i]);
        }
        return 0.5 * (lower + upper);
    }

    /** Rearranges {@code v} so that {@code v[k]} is its k-th smallest value, no larger one before it. */
    private static double select(double[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            double a = v[lo];
            double b = v[(lo + hi) >>> 1];
            double c = v[hi];
            double pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i++] = v[j];
                    v[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return v[k];
    }

    /** The mean, summed as offsets from the first value: exact for a constant array, whatever its value. */
    private static double mean(double[] v) {
        double origin = v[0];
        double sum = 0;
        for (double d : v) {
            sum += d - origin;
        }
        return origin + sum / v.length;
    }

    private static double sumOfSquares(double[] v, double mean) {
        double sum = 0;
        for (double d : v) {
            sum += (d - mean) * (d - mean);
        }
        return sum;
    }
}
