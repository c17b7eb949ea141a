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

    /** The largest lag-one autocorrelation the long-run variance takes: 0.95, 39 times the variance. */
    static final double MAX_AUTOCORRELATION = 0.95;

    /** median |X - Y| / σ for independent normal X, Y with standard deviation σ: √2 · Φ⁻¹(3/4). */
    private static final double MEDIAN_ABS_DIFF_PER_SIGMA = 0.9538725524419648;

    /** mean |X - Y| / σ for independent normal X, Y with standard deviation σ: 2 / √π. */
    private static final double MEAN_ABS_DIFF_PER_SIGMA = 1.1283791670955126;

    /**
     * The best split of a segment: the first index of the new segment, its energy statistic, and the
     * p-value of the t-test between the two sides it was judged on.
     */
    record Split(int index, double q, double p) {}

    /**
     * The test of a shift: its two-sided p-value, and the half width of its {@value #CONFIDENCE} interval, in the
     * series' unit.
     */
    record Shift(double p, double halfWidth) {}

    /** The confidence of a shift's interval. */
    static final double CONFIDENCE = 0.95;

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
        return new Split(bestTau, bestQ, levelPValue(start, bestTau, bestKappa));
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
     * The test of a level shift at {@code at} within [start, end) against a straight line: the
     * least-squares fit of {@code a + b·t + δ·[t ≥ at]}, whose δ is tested with a t statistic whose variance is the
     * long-run variance of the residuals (AR(1): {@code (1 + ρ) / (1 − ρ)} times theirs, ρ their lag-one
     * autocorrelation within each side, taken in [0, {@value #MAX_AUTOCORRELATION}]). So a trend is one line and no
     * staircase, and autocorrelated noise, a seasonal swing or a slow drift, whose runs of points on one side look like
     * shifts, weighs as the fewer independent points it is. Values are winsorized first: clipped to within {@link
     * #clip} of a robust fit (each side's median about the slope that pairs within the sides give). Its p-value is 1
     * when the fit leaves nothing and the shift is 0, and 0 when it leaves nothing and the shift is not.
     */
    Shift shift(int start, int at, int end) {
        int n = end - start;
        double[] y = winsorized(start, at, end, true);
        // t centred on the window, so that the normal equations stay well conditioned.
        double centre = (n - 1) / 2.0;
        double st = 0;
        double stt = 0;
        double std = 0;
        double sy = 0;
        double sty = 0;
        double sdy = 0;
        int nd = end - at;
        for (int i = 0; i < n; i++) {
            double t = i - centre;
            st += t;
            stt += t * t;
            sy += y[i];
            sty += t * y[i];
            if (start + i >= at) {
                std += t;
                sdy += y[i];
            }
        }
        // Normal equations of [1, t, d]: solve for δ by eliminating the intercept and slope.
        double[][] m = {{n, st, nd}, {st, stt, std}, {nd, std, nd}};
        double[] rhs = {sy, sty, sdy};
        double det = det(m);
        double[] beta = solve(m, rhs, det);
        double inverseDd = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det; // the last diagonal element of m⁻¹
        double rss = 0;
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i - centre;
            double fit = beta[0] + beta[1] * t + (start + i >= at ? beta[2] : 0);
            residual[i] = y[i] - fit;
            rss += residual[i] * residual[i];
        }
        double delta = beta[2];
        if (!(rss > Math.ulp(Math.abs(delta)) * n)) {
            return new Shift(Math.abs(delta) <= Math.ulp(Math.max(Math.abs(beta[0]), 1)) * n ? 1 : 0, 0);
        }
        double se = Math.sqrt(rss / (n - 3) * inverseDd * longRunFactor(residual, at - start, rss));
        return new Shift(
                Distributions.studentTwoSidedP(delta / se, n - 3),
                Distributions.studentQuantile(1 - (1 - CONFIDENCE) / 2, n - 3) * se);
    }

    /**
     * The two-sided p-value of the pooled two-sample t-test between [start, at) and [at, end), each side winsorized
     * around its median: the quick, sensitive test that proposes change points, which {@link #shiftPValue} then
     * judges. 1 when both sides are constant and equal, 0 when constant and unequal.
     */
    double levelPValue(int start, int at, int end) {
        int n1 = at - start;
        int n2 = end - at;
        double[] v = winsorized(start, at, end, false);
        double m1 = mean(Arrays.copyOfRange(v, 0, n1));
        double m2 = mean(Arrays.copyOfRange(v, n1, n1 + n2));
        double ss = 0;
        for (int i = 0; i < v.length; i++) {
            double d = v[i] - (i < n1 ? m1 : m2);
            ss += d * d;
        }
        double se2 = ss / (n1 + n2 - 2) * (1.0 / n1 + 1.0 / n2);
        if (!(se2 > 0)) {
            return m1 == m2 ? 1 : 0;
        }
        return Distributions.studentTwoSidedP((m2 - m1) / Math.sqrt(se2), n1 + n2 - 2);
    }

    /**
     * How many times the residuals' variance the variance of their mean is, for noise that is not independent: the
     * larger of the AR(1) factor {@code (1 + ρ₁) / (1 − ρ₁)} and the Newey–West (Bartlett) sum {@code 1 + 2 Σ (1 −
     * k / (L + 1)) ρ_k} over lags up to L = ⌈n^⅓⌉, autocorrelations taken within each side of {@code at}, and at
     * least 1. The first is right for AR(1) noise, the second for slower dependence (a drift, a season).
     */
    private static double longRunFactor(double[] r, int at, double rss) {
        int lags = (int) Math.ceil(Math.cbrt(r.length));
        double bartlett = 1;
        double first = 0;
        for (int k = 1; k <= lags; k++) {
            double sum = 0;
            for (int i = k; i < r.length; i++) {
                if (i < at || i - k >= at) {
                    sum += r[i] * r[i - k];
                }
            }
            double rho = sum / rss;
            if (k == 1) {
                first = Math.max(0, Math.min(MAX_AUTOCORRELATION, rho));
            }
            bartlett += 2 * (1 - k / (lags + 1.0)) * rho;
        }
        double ar1 = (1 + first) / (1 - first);
        return Math.min((1 + MAX_AUTOCORRELATION) / (1 - MAX_AUTOCORRELATION), Math.max(ar1, bartlett));
    }

    /** Solves the 3 × 3 system {@code m · β = rhs}, whose determinant is {@code det}, by Cramer's rule. */
    private static double[] solve(double[][] m, double[] rhs, double det) {
        double[] beta = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] a = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int r = 0; r < 3; r++) {
                a[r][c] = rhs[r];
            }
            beta[c] = det(a) / det;
        }
        return beta;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** The mean of the raw values in [start, end). */
    double mean(int start, int end) {
        return mean(Arrays.copyOfRange(x, start, end));
    }

    /**
     * The values of [start, end) less the window's median, clipped to within {@link #clip} of a robust fit: each
     * side's median, about a slope when {@code sloped}, the one that pairs half a side apart within each side give (a
     * shift between the sides does not move it).
     */
    private double[] winsorized(int start, int at, int end, boolean sloped) {
        double origin = median(Arrays.copyOfRange(x, start, end));
        double[] v = new double[end - start];
        for (int i = 0; i < v.length; i++) {
            v[i] = x[start + i] - origin;
        }
        if (clip > 0) {
            double slope = sloped ? withinSlope(v, at - start) : 0;
            clipSide(v, 0, at - start, slope);
            clipSide(v, at - start, v.length, slope);
        }
        return v;
    }

    /** The median slope of pairs half a side apart, within each side of a window split at {@code at}. */
    private static double withinSlope(double[] v, int at) {
        int lagLeft = Math.max(1, at / 2);
        int lagRight = Math.max(1, (v.length - at) / 2);
        double[] slopes = new double[Math.max(0, at - lagLeft) + Math.max(0, v.length - at - lagRight)];
        int k = 0;
        for (int i = 0; i + lagLeft < at; i++) {
            slopes[k++] = (v[i + lagLeft] - v[i]) / lagLeft;
        }
        for (int i = at; i + lagRight < v.length; i++) {
            slopes[k++] = (v[i + lagRight] - v[i]) / lagRight;
        }
        return k == 0 ? 0 : median(Arrays.copyOf(slopes, k));
    }

    /** Clips [from, to) of {@code v} to within {@link #clip} of the side's median about {@code slope}. */
    private void clipSide(double[] v, int from, int to, double slope) {
        double[] level = new double[to - from];
        for (int i = from; i < to; i++) {
            level[i - from] = v[i] - slope * i;
        }
        double median = median(level);
        for (int i = from; i < to; i++) {
            double fit = median + slope * i;
            v[i] = Math.max(fit - clip, Math.min(fit + clip, v[i]));
        }
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
}
