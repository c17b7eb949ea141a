package org.rfcc.bench.report;

import java.util.Locale;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Level;

/**
 * Whether a run is fit to release, and the one sentence that says so: no failed benchmark, no
 * breached threshold and no regression at warning or above.
 */
public record Verdict(boolean fit, String text) {
    /** The verdict on {@code run}, with its comparison if it has one. */
    public static Verdict of(RunRecord run) {
        Comparison comparison = run.comparison();
        long failed =
                run.results().stream().filter(r -> r.status() == Status.FAILED).count();
        long breached = run.thresholds().stream().filter(t -> !t.passed()).count();
        Level worst = comparison == null ? Level.NONE : comparison.summary().worst();
        if (failed == 0 && breached == 0 && !worst.atLeast(Level.WARNING)) {
            return new Verdict(
                    true,
                    "Fit to release: every benchmark ran, every threshold passed"
                            + (comparison == null ? "." : ", and no regression reached a warning."));
        }
        StringBuilder why = new StringBuilder("Not fit to release:");
        if (failed > 0) {
            why.append(' ').append(failed).append(failed == 1 ? " benchmark failed;" : " benchmarks failed;");
        }
        if (breached > 0) {
            why.append(' ').append(breached).append(breached == 1 ? " threshold breached;" : " thresholds breached;");
        }
        if (worst.atLeast(Level.WARNING)) {
            why.append(String.format(
                    Locale.ROOT,
                    " %d critical and %d warning regressions;",
                    comparison.summary().critical(),
                    comparison.summary().warning()));
        }
        return new Verdict(false, why.substring(0, why.length() - 1) + ".");
    }
}
