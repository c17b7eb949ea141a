package org.rfcc.bench.model.comparison;

import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.Direction;

/**
 * The verdict on one metric of a comparison (CONTRACT.md, "Comparison"). {@code baseValue} and
 * {@code headValue} are the metrics' own values ({@link org.rfcc.bench.model.Estimate}), the same
 * numbers the run records, the CSV and the report show.
 *
 * @param changePct {@code (headValue - baseValue) / baseValue * 100}; null when the base is zero
 * @param ciPct the interval of the change at {@code ciLevel}, null when not tested: the t interval of the
 *     fork test, at the level its false-discovery control tests it at, so that it leaves out 0 exactly
 *     when the change is significant
 * @param ciLevel the confidence of {@code ciPct}: 1 − max(R, 1)·q / m for a family of m tests of
 *     which R were significant (Benjamini and Yekutieli's false-coverage-rate intervals, 2005)
 * @param pValue the two-sided p-value of the fork test, null when not tested
 * @param qValue the Benjamini–Hochberg q-value over every tested metric of the comparison
 * @param forks the forks on each side, {@code [base, head]}
 * @param noisePct the fork-to-fork coefficient of variation used by the test, in percent
 * @param mdePct the smallest slowdown the test detects 95% of the time at these forks, in percent
 * @param underpowered true when {@code mdePct} exceeds the warning threshold of the metric's class
 * @param forksNeeded forks per side that would bring {@code mdePct} within the warning threshold
 * @param decision how the metric was decided: tested, compared directly, or not at all
 * @param note why the metric was not tested, or how it was compared; null when tested normally
 * @param family {@code primary} (the key series: each benchmark's primary score) or {@code
 *     secondary}, the false-discovery family it was tested in; null when not tested
 * @param testedWith the series whose test this metric shares, being derived from it (a rate and its
 *     inverse time move together exactly, and are one test); null when it has its own
 * @param inconclusive true for a primary metric that neither showed a regression of warning size nor
 *     ruled one out (its interval reaches the warning threshold): not decided, never "no regression"
 */
public record Change(
        String suite,
        String benchmark,
        Map<String, Object> params,
        String metric,
        String unit,
        Direction direction,
        double baseValue,
        double headValue,
        Double changePct,
        List<Double> ciPct,
        Double ciLevel,
        Double pValue,
        Double qValue,
        Kind kind,
        Level level,
        List<Integer> forks,
        Double noisePct,
        Double mdePct,
        Boolean underpowered,
        Integer forksNeeded,
        Decision decision,
        String note,
        String family,
        String testedWith,
        Boolean inconclusive) {
    /** The family of the key series. */
    public static final String PRIMARY = "primary";
    /** The family of every other tested metric. */
    public static final String SECONDARY = "secondary";

    /** True when the metric had too few forks to test: the comparison could not decide it. */
    public boolean undecided() {
        return decision == Decision.TOO_FEW_FORKS;
    }

    /** True for a primary metric whose test could neither show nor rule out a warning-size regression. */
    public boolean notDecided() {
        return Boolean.TRUE.equals(inconclusive);
    }
}
