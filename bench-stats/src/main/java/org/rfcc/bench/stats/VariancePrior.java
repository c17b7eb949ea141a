package org.rfcc.bench.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Prior knowledge of a metric's fork-to-fork variance, worth {@code df} degrees of freedom: either
 * estimated across the metrics of one comparison (the empirical-Bayes step of limma's moderated t,
 * Smyth 2004, section 6.2) or measured by {@code calibrate}. Five forks a side give a variance
 * worth 8 degrees of freedom, too few for the strict thresholds that false-discovery control over
 * many metrics sets; pooling what the metrics share buys back the power without pretending.
 *
 * @param variance the prior variance s0² (log scale)
 * @param df its degrees of freedom d0; 0 means no prior
 */
record VariancePrior(double variance, double df) {
    /** No prior: each metric stands on its own forks. */
    static final VariancePrior NONE = new VariancePrior(0, 0);

    /** A prior stronger than this is taken as exact knowledge of the variance. */
    static final double MAX_DF = 1_000;

    VariancePrior {
        if (!(variance >= 0) || !(df >= 0) || df > MAX_DF) {
            throw new IllegalArgumentException("a variance prior needs variance >= 0 and 0 <= df <= " + MAX_DF);
        }
    }

    /** The posterior variance of a metric whose own estimate is {@code s2} on {@code d} degrees of freedom. */
    double moderate(double s2, double d) {
        return d + df == 0 ? s2 : (df * variance + d * s2) / (df + d);
    }

    /**
     * Fits the prior to the sample variances {@code s2} (each on {@code d[i]} degrees of freedom)
     * of several metrics by the method of moments on log variances. Zero variances carry no
     * information on the log scale and are left out; fewer than three usable metrics give
     * {@link #NONE}.
     */
    static VariancePrior estimate(double[] s2, double[] d) {
        int g = 0;
        double[] e = new double[s2.length];
        double meanTrigamma = 0;
        for (int i = 0; i < s2.length; i++) {
            if (s2[i] > 0 && d[i] > 0) {
                e[g] = Math.log(s2[i]) - Gamma.digamma(d[i] / 2) + Math.log(d[i] / 2);
                meanTrigamma += Gamma.trigamma(d[i] / 2);
                g++;
            }
        }
        if (g < 3) {
            return NONE;
        }
        meanTrigamma /= g;
        double mean = 0;
        for (int i = 0; i < g; i++) {
            mean += e[i];
        }
        mean /= g;
        double spread = 0;
        for (int i = 0; i < g; i++) {
            spread += (e[i] - mean) * (e[i] - mean);
        }
        double excess = spread / (g - 1) - meanTrigamma;
        double d0 = excess > 0 ? Math.min(MAX_DF, 2 * inverseTrigamma(excess)) : MAX_DF;
        return new VariancePrior(Math.exp(mean + Gamma.digamma(d0 / 2) - Math.log(d0 / 2)), d0);
    }

    /** The y with trigamma(y) = x; trigamma falls monotonically, so bisection on log y is safe. */
    private static double inverseTrigamma(double x) {
        double lo = Math.log(1e-8);
        double hi = Math.log(1e8);
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (Gamma.trigamma(Math.exp(mid)) > x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }
}
