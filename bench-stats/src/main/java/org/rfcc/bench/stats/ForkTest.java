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
     * @param se the standard error of {@code difference}, run-to-run noise included
     * @param df the degrees of freedom of {@code se}
     */
    record Result(double difference, double sd, double se, double df, double pValue) {}

    private ForkTest() {}

    /** Tests {@code head} against {@code base}; both need two or more values, or a prior. */
    static Result test(double[] base, double[] head, VariancePrior prior) {
        return test(base, head, prior, RunNoise.NONE);
    }

    /**
     * Tests {@code head} against {@code base} when each side's level also carries the run-to-run
     * noise {@code runs}: the variance of the difference gains twice its variance, and the degrees
     * of freedom follow Welch–Satterthwaite.
     */
    static Result test(double[] base, double[] head, VariancePrior prior, RunNoise runs) {
        double d = base.length + head.length - 2;
        double s2 = d > 0 ? (sumOfSquares(base) + sumOfSquares(head)) / d : 0;
        double forkDf = d + prior.df();
        double forkVar = prior.moderate(s2, d) * (1.0 / base.length + 1.0 / head.length);
        double runVar = 2 * runs.variance();
        double se = Math.sqrt(forkVar + runVar);
        double df = runVar == 0 ? forkDf : satterthwaite(forkVar, forkDf, runVar, runs.df());
        double difference = mean(head) - mean(base);
        double p;
        if (se == 0) {
            p = difference == 0 ? 1 : 0;
        } else {
            p = Distributions.studentTwoSidedP(difference / se, df);
        }
        return new Result(difference, Math.sqrt(prior.moderate(s2, d)), se, df, p);
    }

    /**
     * The run-to-run noise of a series' level: its variance (log scale) and degrees of freedom.
     * Zero for two sides run interleaved in one session, where it cancels.
     */
    record RunNoise(double variance, double df) {
        static final RunNoise NONE = new RunNoise(0, 0);
    }

    private static double satterthwaite(double a, double dfA, double b, double dfB) {
        return (a + b) * (a + b) / (a * a / dfA + b * b / dfB);
    }

    /**
     * The smallest difference (log scale) that a two-sided test at {@code alpha} detects with
     * probability {@code power}, for a difference whose standard error is {@code se}.
     */
    static double minimumDetectable(double se, double df, double alpha, double power) {
        double z = Distributions.studentQuantile(1 - alpha / 2, df) + Distributions.studentQuantile(power, df);
        return z * se;
    }

    /**
     * The forks per side that bring the detectable difference of interleaved sides down to
     * {@code target} (log scale), or -1 when even {@link #MAX_FORKS} would not.
     */
    static int forksNeeded(double sd, double priorDf, double target, double alpha, double power) {
        for (int n = 2; n <= MAX_FORKS; n++) {
            if (minimumDetectable(sd * Math.sqrt(2.0 / n), 2.0 * n - 2 + priorDf, alpha, power) <= target) {
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
