package org.rfcc.bench.model.comparison;

import java.util.List;

/**
 * How many changes of a comparison reached each level.
 *
 * @param improvements significant changes for the better, whatever their size
 * @param undecided metrics with too few forks to test
 * @param underpowered tested metrics whose detectable change exceeds their warning threshold
 * @param inconclusive primary metrics that neither showed nor ruled out a warning-size regression
 */
public record Summary(
        int critical, int warning, int info, int improvements, int undecided, int underpowered, int inconclusive) {
    /** Counts {@code changes}. */
    public static Summary of(List<Change> changes) {
        int critical = 0;
        int warning = 0;
        int info = 0;
        int improvements = 0;
        int undecided = 0;
        int underpowered = 0;
        int inconclusive = 0;
        for (Change c : changes) {
            if (c.kind() == Kind.IMPROVEMENT) {
                improvements++;
            } else if (c.level() == Level.CRITICAL) {
                critical++;
            } else if (c.level() == Level.WARNING) {
                warning++;
            } else if (c.level() == Level.INFO) {
                info++;
            }
            if (c.undecided()) {
                undecided++;
            }
            if (Boolean.TRUE.equals(c.underpowered())) {
                underpowered++;
            }
            if (c.notDecided()) {
                inconclusive++;
            }
        }
        return new Summary(critical, warning, info, improvements, undecided, underpowered, inconclusive);
    }

    /** The loudest level among the regressions. */
    public Level worst() {
        return critical > 0 ? Level.CRITICAL : warning > 0 ? Level.WARNING : info > 0 ? Level.INFO : Level.NONE;
    }
}
