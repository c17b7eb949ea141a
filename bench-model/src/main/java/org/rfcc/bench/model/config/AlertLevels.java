package org.rfcc.bench.model.config;

import java.math.BigDecimal;

/**
 * The warning and critical thresholds of an alert, in percent: a regression of at least {@code
 * warningPct} percent against the baseline (the size of {@code change_pct} in the regression's
 * direction) is a warning, of at least {@code criticalPct} percent a critical alert.
 *
 * @param warningPct above 0 and at most {@value #MAX_PCT}, e.g. 15.0 for {@code 15%}
 * @param criticalPct from {@code warningPct} to {@value #MAX_PCT}
 */
public record AlertLevels(double warningPct, double criticalPct) {
    /** The largest threshold, in percent. */
    public static final double MAX_PCT = 1000;

    public AlertLevels {
        check("warning_threshold", warningPct);
        check("critical_threshold", criticalPct);
        if (criticalPct < warningPct) {
            throw new IllegalArgumentException("critical_threshold " + percent(criticalPct)
                    + " is below warning_threshold " + percent(warningPct));
        }
    }

    /** A percentage as {@code 15%} or {@code 2.5%}, for messages and files. */
    public static String percent(double pct) {
        return BigDecimal.valueOf(pct).stripTrailingZeros().toPlainString() + "%";
    }

    private static void check(String name, double pct) {
        Checks.positive(name, pct);
        if (pct > MAX_PCT) {
            throw new IllegalArgumentException(name + " must be at most " + percent(MAX_PCT) + ", got " + percent(pct));
        }
    }
}
