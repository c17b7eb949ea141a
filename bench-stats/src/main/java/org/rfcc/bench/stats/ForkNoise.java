package org.rfcc.bench.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A series' fork-to-fork noise as its stored runs show it: the pooled within-run variance of their
 * log fork values, worth the sum of their forks less one each. A comparison takes it as the prior of
 * the series' fork variance where {@code calibrate} measured none, so that three forks a side decide
 * what they alone could not (their own variance has four degrees of freedom; twenty stored runs of
 * three forks add forty).
 *
 * @param variance the pooled variance of log fork values within a run
 * @param df its degrees of freedom, at most {@link VariancePrior#MAX_DF}
 */
public record ForkNoise(double variance, double df) {
    /** The fewest stored runs with two or more forks whose spread is taken as a series' fork noise. */
    public static final int MIN_RUNS = 2;

    /**
     * The fork noise of one series from the fork values of its stored runs (one array a run); runs
     * with fewer than two forks or a value that is not positive are left out. Empty with fewer than
     * {@value #MIN_RUNS} runs left.
     */
    public static Optional<ForkNoise> of(List<double[]> runs) {
        double ss = 0;
        double df = 0;
        int used = 0;
        for (double[] forks : runs) {
            if (forks.length < 2 || Arrays.stream(forks).anyMatch(v -> !(v > 0) || !Double.isFinite(v))) {
                continue;
            }
            double[] logs = Arrays.stream(forks).map(Math::log).toArray();
            double mean = ForkTest.mean(logs);
            for (double l : logs) {
                ss += (l - mean) * (l - mean);
            }
            df += logs.length - 1;
            used++;
        }
        if (used < MIN_RUNS || ss == 0) {
            return Optional.empty();
        }
        return Optional.of(new ForkNoise(ss / df, Math.min(VariancePrior.MAX_DF, df)));
    }
}
