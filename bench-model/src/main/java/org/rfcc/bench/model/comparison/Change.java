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
 * @param ciPct the Hodges–Lehmann interval of the change, null when not tested
 * @param pValue the two-sided p-value of the fork test, null when not tested
 * @param qValue the Benjamini–Hochberg q-value over every tested metric of the comparison
 * @param forks the forks on each side, {@code [base, head]}
 * @param noisePct the fork-to-fork coefficient of variation used by the test, in percent
 * @param mdePct the smallest slowdown the test detects 95% of the time at these forks, in percent
 * @param underpowered true when {@code mdePct} exceeds the warning threshold of the metric's class
 * @param forksNeeded forks per side that would bring {@code mdePct} within the warning threshold
 * @param decision how the metric was decided: tested, compared directly, or not at all
 * @param note why the metric was not tested, or how it was compared; null when tested normally
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
        String note) {
    /** True when the metric had too few forks to test: the comparison could not decide it. */
    public boolean undecided() {
        return decision == Decision.TOO_FEW_FORKS;
    }
}
