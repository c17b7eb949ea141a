package org.rfcc.bench.stats;

/**
 * The two-sample test on fork values (log scale): a pooled-variance t-test whose variance is
 * moderated by a {@link VariancePrior}, and the power arithmetic that goes with it.
 */
final class ForkTest {
    /** Forks per side that {@link #forksNeeded} will consider before it gives up. */
    static final int MAX_FORKS = 1_000;

    /**
     * @param difference the mean of {@code head} minus the mean of {@code base}
     * @param sd the moderated fork-to-fork standard deviation
     * @param df the degrees of freedom of {@code sd}
     */
    record Result(double difference, double sd, double df, double pValue) {}

    private ForkTest() {}

    /** Tests {@code head} against {@code base}; both need two or more values, or a prior. */
    static Result test(double[] base, double[] head, VariancePrior prior) {
        double d = base.length + head.length - 2;
        double s2 = d > 0 ? (sumOfSquares(base) + sumOfSquares(head)) / d : 0;
        double df = d + prior.df();
        double sd = Math.sqrt(prior.moderate(s2, d));
        double difference = mean(head) - mean(base);
        double se = sd * Math.sqrt(1.0 / base.length + 1.0 / head.length);
        double p;
        if (se == 0) {
            p = difference == 0 ? 1 : 0;
        } else {
            p = Distributions.studentTwoSidedP(difference / se, df);
        }
        return new Result(difference, sd, df, p);
    }

    /**
     * The smallest difference (log scale) that a two-sided test at {@code alpha} detects with
     * probability {@code power}, with {@code n1} and {@code n2} forks.
     */
    static double minimumDetectable(double sd, int n1, int n2, double df, double alpha, double power) {
        double z = Distributions.studentQuantile(1 - alpha / 2, df) + Distributions.studentQuantile(power, df);
        return z * sd * Math.sqrt(1.0 / n1 + 1.0 / n2);
    }

    /**
     * The forks per side that bring the detectable difference down to {@code target} (log scale),
     * or -1 when even {@link #MAX_FORKS} would not.
     */
    static int forksNeeded(double sd, double priorDf, double target, double alpha, double power) {
        for (int n = 2; n <= MAX_FORKS; n++) {
            if (minimumDetectable(sd, n, n, 2.0 * n - 2 + priorDf, alpha, power) <= target) {
                return n;
            }
        }
        return -1;
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    private static double sumOfSquares(double[] xs) {
        double mean = mean(xs);
        double sum = 0;
        for (double x : xs) {
            sum += (x - mean) * (x - mean);
        }
        return sum;
    }
}
