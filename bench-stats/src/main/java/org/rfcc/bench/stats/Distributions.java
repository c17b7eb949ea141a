package org.rfcc.bench.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The Student t and normal distributions the tests need, from commons-math3. Above {@value
 * #NORMAL_DF} degrees of freedom the t distribution is taken as the normal one: they agree there
 * to better than 1e-10, and commons-math3's t would lose precision to its beta function.
 */
final class Distributions {
    /** Degrees of freedom from which Student's t is the normal distribution. */
    static final double NORMAL_DF = 1e7;

    /** Solver accuracy of the quantiles; commons-math3's default of 1e-9 would show in 10-digit tests. */
    private static final double ACCURACY = 1e-14;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1, ACCURACY);

    private Distributions() {}

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom; NaN for a NaN t. */
    static double studentCdf(double t, double df) {
        return t(df).map(d -> d.cumulativeProbability(t)).orElseGet(() -> NORMAL.cumulativeProbability(t));
    }

    /** The two-sided p-value of {@code t}: P(|T| ≥ |t|). */
    static double studentTwoSidedP(double t, double df) {
        return Math.min(1, 2 * studentCdf(-Math.abs(t), df));
    }

    /** The t with P(T ≤ t) = p. */
    static double studentQuantile(double p, double df) {
        checkProbability(p);
        return t(df).map(d -> d.inverseCumulativeProbability(p))
                .orElseGet(() -> NORMAL.inverseCumulativeProbability(p));
    }

    /** P(Z ≤ z) for the standard normal. */
    static double normalCdf(double z) {
        return NORMAL.cumulativeProbability(z);
    }

    /** The z with P(Z ≤ z) = p. */
    static double normalQuantile(double p) {
        checkProbability(p);
        return NORMAL.inverseCumulativeProbability(p);
    }

    private static java.util.Optional<TDistribution> t(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
        return df >= NORMAL_DF
                ? java.util.Optional.empty()
                : java.util.Optional.of(new TDistribution(null, df, ACCURACY));
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must lie in [0, 1], got " + p);
        }
    }
}
