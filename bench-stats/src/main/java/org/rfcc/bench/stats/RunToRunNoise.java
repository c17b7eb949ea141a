package org.rfcc.bench.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a series' level moves from run to run, on the log scale, beyond what one run's forks show: the layer of noise
 * that a comparison of two runs made at different times must charge, and that no number of forks averages away.
 *
 * @param variance the variance of a run's log value
 * @param df its degrees of freedom
 */
public record RunToRunNoise(double variance, double df) {
    /** The fewest stored runs of a series whose spread is taken as its run-to-run noise. */
    public static final int MIN_RUNS = 5;

    /**
     * The run-to-run noise that the stored values of one series show: the variance of their logs, with {@code n - 1}
     * degrees of freedom. It holds each run's fork noise too, so it overstates the run-to-run layer a little, on the
     * side of fewer false alarms. Empty with fewer than {@value #MIN_RUNS} values or any that is not positive.
     */
    public static Optional<RunToRunNoise> of(double[] values) {
        if (values.length < MIN_RUNS || Arrays.stream(values).anyMatch(v -> !(v > 0) || !Double.isFinite(v))) {
            return Optional.empty();
        }
        double[] logs = Arrays.stream(values).map(Math::log).toArray();
        double mean = Arrays.stream(logs).average().orElseThrow();
        double ss = Arrays.stream(logs).map(l -> (l - mean) * (l - mean)).sum();
        return Optional.of(new RunToRunNoise(ss / (logs.length - 1), logs.length - 1));
    }
}
