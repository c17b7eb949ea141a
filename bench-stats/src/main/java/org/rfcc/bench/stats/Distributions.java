package org.rfcc.bench.stats;

/**
 * The normal and Student t distributions: distribution functions, two-sided p-values and quantiles,
 * accurate to about 1e-12 relative for probabilities down to 1e-300 (tails are computed directly,
 * never as {@code 1 - p}). Written here because the project takes no statistics library.
 *
 * <p>The t distribution goes through the regularized incomplete beta function (continued fraction,
 * modified Lentz), the normal through the regularized upper incomplete gamma function; log-gamma is
 * Lanczos below 10 and Stirling with its correction series above, so that the beta function of one
 * large and one small argument keeps its precision for large degrees of freedom.
 */
final class Distributions {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LN_SQRT_PI = 0.5 * Math.log(Math.PI);

    /**
     * Above this many degrees of freedom the continued fraction loses digits to cancellation near the
     * mode, while Hill's asymptotic normalisation is exact to 1e-18.
     */
    private static final double HILL_DF = 1e5;

    /** Lanczos coefficients for g = 607/128, n = 15 (Godfrey; as in Boost and commons-math). */
    private static final double LANCZOS_G = 607.0 / 128.0;

    private static final double[] LANCZOS = {
        0.99999999999999709182,
        57.156235665862923517,
        -59.597960355475491248,
        14.136097974741747174,
        -0.49191381609762019978,
        .33994649984811888699e-4,
        .46523628927048575665e-4,
        -.98374475304879564677e-4,
        .15808870322491248884e-3,
        -.21026444172410488319e-3,
        .21743961811521264320e-3,
        -.16431810653676389022e-3,
        .84418223983852743293e-4,
        -.26190838401581408670e-4,
        .36899182659531622704e-5,
    };

    /** Coefficients of 1/x, 1/x^3, … in the Stirling series of log Γ. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400,
    };

    /** Acklam's coefficients, lowest power first. */
    private static final double[] ACKLAM_CENTRAL_NUM = {
        2.506628277459239e+00,
        -3.066479806614716e+01,
        1.383577518672690e+02,
        -2.759285104469687e+02,
        2.209460984245205e+02,
        -3.969683028665376e+01,
    };

    private static final double[] ACKLAM_CENTRAL_DEN = {
        -1.328068155288572e+01,
        6.680131188771972e+01,
        -1.556989798598866e+02,
        1.615858368580409e+02,
        -5.447609879822406e+01,
    };

    private static final double[] ACKLAM_TAIL_NUM = {
        2.938163982698783e+00,
        4.374664141464968e+00,
        -2.549732539343734e+00,
        -2.400758277161838e+00,
        -3.223964580411365e-01,
        -7.784894002430293e-03,
    };

    private static final double[] ACKLAM_TAIL_DEN = {
        3.754408661907416e+00, 2.445134137142996e+00, 3.224671290700398e-01, 7.784695709041462e-03,
    };

    private Distributions() {}

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom ({@code df > 0}, may be infinite). */
    static double studentCdf(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        double lower = 0.5 * studentTwoSidedP(t, df);
        return t <= 0 ? lower : 1 - lower;
    }

    /** P(|T| ≥ |t|): the two-sided p-value of a t statistic with {@code df} degrees of freedom. */
    static double studentTwoSidedP(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        double a = Math.abs(t);
        if (Double.isInfinite(a)) {
            return 0;
        }
        if (df == Double.POSITIVE_INFINITY) {
            return 2 * upperNormal(a);
        }
        if (df > HILL_DF) {
            return hillTwoSidedP(a, df);
        }
        // P(|T| >= a) = I_x(df/2, 1/2) with x = df / (df + t^2). Both x and 1 - x, and their logarithms,
        // come from the ratio that is at most 1, so that neither overflows nor cancels for any t or df.
        double sqrtDf = Math.sqrt(df);
        if (a > sqrtDf) {
            double u = sqrtDf / a;
            double u2 = u * u;
            double log1p = Math.log1p(u2);
            return regularizedBeta(u2 / (1 + u2), 1 / (1 + u2), 2 * Math.log(u) - log1p, -log1p, 0.5 * df, 0.5);
        }
        double v = a / sqrtDf;
        double v2 = v * v;
        double log1p = Math.log1p(v2);
        return regularizedBeta(1 / (1 + v2), v2 / (1 + v2), -log1p, 2 * Math.log(v) - log1p, 0.5 * df, 0.5);
    }

    /** The {@code p} quantile of Student's t with {@code df} degrees of freedom, {@code 0 ≤ p ≤ 1}. */
    static double studentQuantile(double p, double df) {
        checkDf(df);
        checkProbability(p);
        if (p == 0.5) {
            return 0;
        }
        if (df == Double.POSITIVE_INFINITY) {
            return normalQuantile(p);
        }
        // 1 - p is exact for p > 0.5 (Sterbenz), so the upper half mirrors the lower one.
        return p < 0.5 ? lowerTailQuantile(p, df) : -lowerTailQuantile(1 - p, df);
    }

    /** Φ(z), the standard normal distribution function. */
    static double normalCdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return z <= 0 ? upperNormal(-z) : 1 - upperNormal(z);
    }

    /** The {@code p} quantile of the standard normal distribution, {@code 0 ≤ p ≤ 1}. */
    static double normalQuantile(double p) {
        checkProbability(p);
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p > 0.5) {
            return -normalQuantile(1 - p);
        }
        double z = acklam(p);
        // Halley steps (Acklam's refinement): the start is good to 1e-9, two steps reach double precision.
        for (int i = 0; i < 2; i++) {
            double u = (upperNormal(-z) - p) * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * z * z);
            if (!Double.isFinite(u)) {
                break;
            }
            z -= u / (1 + 0.5 * z * u);
        }
        return z;
    }

    /** The t ≤ 0 with P(T ≤ t) = p for 0 ≤ p < 0.5: Newton on log P(T ≤ t), kept in a bracket by bisection. */
    private static double lowerTailQuantile(double p, double df) {
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double logP = Math.log(p);
        double hi = 0;
        double lo = Math.min(-1, normalQuantile(p));
        while (Math.log(0.5 * studentTwoSidedP(lo, df)) > logP) {
            hi = lo;
            lo *= 4;
            if (Double.isInfinite(lo)) {
                return lo;
            }
        }
        double t = lo;
        for (int i = 0; i < 2000 && hi - lo > 1e-15 * -lo; i++) {
            double cdf = 0.5 * studentTwoSidedP(t, df);
            double g = Math.log(cdf) - logP;
            if (g == 0) {
                return t;
            }
            if (g > 0) {
                hi = t;
            } else {
                lo = t;
            }
            // (log F)' = f / F
            double next = t - g * cdf / studentDensity(t, df);
            t = next > lo && next < hi ? next : 0.5 * (lo + hi);
        }
        return t;
    }

    /**
     * P(|T| ≥ a) for large {@code df}: Hill's transformation to a normal deviate (G. W. Hill, Algorithm 395,
     * Comm. ACM 13(10), 1970), whose error falls as df^-3.
     */
    private static double hillTwoSidedP(double a, double df) {
        double h = df - 0.5;
        double b = 48 * h * h;
        double y = h * Math.log1p(a * a / df);
        double z =
                (((((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b) + y + 3) / b + 1) * Math.sqrt(y);
        return 2 * upperNormal(z);
    }

    /** The density of Student's t with {@code df} degrees of freedom. */
    static double studentDensity(double t, double df) {
        return Math.exp(-0.5 * (df + 1) * Math.log1p(t * t / df) - 0.5 * Math.log(df) - logBeta(0.5 * df, 0.5));
    }

    /** Q(z) = 1 - Φ(z), for z ≥ 0 the regularized upper incomplete gamma Q(1/2, z²/2) / 2. */
    private static double upperNormal(double z) {
        if (z < 0) {
            return 1 - upperNormal(-z);
        }
        if (Double.isInfinite(z)) {
            return 0;
        }
        double x = 0.5 * z * z;
        return 0.5 * (x < 1.5 ? 1 - lowerGammaHalfSeries(x) : upperGammaHalfFraction(x));
    }

    /** P(1/2, x), the regularized lower incomplete gamma of a = 1/2, by its power series (x small). */
    private static double lowerGammaHalfSeries(double x) {
        double a = 0.5;
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - LN_SQRT_PI);
    }

    /** Q(1/2, x), the regularized upper incomplete gamma of a = 1/2, by its continued fraction. */
    private static double upperGammaHalfFraction(double x) {
        double a = 0.5;
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - LN_SQRT_PI) * h;
    }

    /**
     * I_x(a, b), the regularized incomplete beta function, given {@code x}, {@code y = 1 - x} and both
     * their logarithms, so that neither tail loses precision to a subtraction.
     */
    private static double regularizedBeta(double x, double y, double logX, double logY, double a, double b) {
        if (logY == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        if (logX == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        // The continued fraction converges fast below the mean a / (a + b); above it, use I_x(a, b) = 1 - I_y(b, a).
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - Math.exp(b * logY + a * logX - logBeta(a, b)) / b * betaFraction(y, b, a);
        }
        return Math.exp(a * logX + b * logY - logBeta(a, b)) / a * betaFraction(x, a, b);
    }

    /** The continued fraction of I_x(a, b) (Numerical Recipes' betacf, modified Lentz). */
    private static double betaFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return h;
    }

    /** log B(a, b), keeping its precision when one argument is large and the other small. */
    static double logBeta(double a, double b) {
        double p = Math.min(a, b);
        double q = Math.max(a, b);
        if (p >= 10) {
            double corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
            return -0.5 * Math.log(q)
                    + LN_SQRT_2PI
                    + corr
                    + (p - 0.5) * Math.log(p / (p + q))
                    + q * Math.log1p(-p / (p + q));
        }
        if (q >= 10) {
            double corr = stirlingCorrection(q) - stirlingCorrection(p + q);
            return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
        }
        return logGamma(p) + logGamma(q) - logGamma(p + q);
    }

    /** log Γ(x) for x > 0. */
    static double logGamma(double x) {
        if (x >= 10) {
            return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
        }
        if (x < 0.5) {
            // Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in its accurate range.
            return logGamma(x + 1) - Math.log(x);
        }
        double sum = LANCZOS[0];
        for (int i = LANCZOS.length - 1; i > 0; i--) {
            sum += LANCZOS[i] / (x - 1 + i);
        }
        double tmp = x - 0.5 + LANCZOS_G;
        return (x - 0.5) * Math.log(tmp) - tmp + LN_SQRT_2PI + Math.log(sum);
    }

    /** log Γ(x) - ((x - 1/2) log x - x + log √(2π)) for x ≥ 10: the Stirling series to x^-15. */
    private static double stirlingCorrection(double x) {
        double r2 = 1 / (x * x);
        return horner(STIRLING, r2) / x;
    }

    /** Acklam's rational approximation of the normal quantile for 0 < p ≤ 0.5 (relative error 1e-9). */
    private static double acklam(double p) {
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return horner(ACKLAM_TAIL_NUM, q) / (horner(ACKLAM_TAIL_DEN, q) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return horner(ACKLAM_CENTRAL_NUM, r) * q / (horner(ACKLAM_CENTRAL_DEN, r) * r + 1);
    }

    /** c[0] + c[1] x + c[2] x^2 + … */
    private static double horner(double[] c, double x) {
        double sum = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            sum = sum * x + c[i];
        }
        return sum;
    }

    private static void checkDf(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0, got " + df);
        }
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must lie in [0, 1], got " + p);
        }
    }
}
