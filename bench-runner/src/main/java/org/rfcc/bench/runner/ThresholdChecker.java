package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.ThresholdCheck.Bound;
import org.rfcc.bench.model.ThresholdRule;

/**
 * Checks each threshold rule against the metric it names, using the worst value over every
 * result of that metric (the lowest for a minimum, the highest for a maximum). Which benchmark a
 * rule judges is its suite's business ({@link org.rfcc.bench.model.seam.Catalog#thresholds}).
 */
public final class ThresholdChecker {
    private ThresholdChecker() {}

    /** The checks in rule order; a rule whose metric was not measured (its suite did not run) is left out. */
    public static List<ThresholdCheck> check(List<ThresholdRule> rules, List<BenchmarkResult> results) {
        List<ThresholdCheck> out = new ArrayList<>();
        for (ThresholdRule rule : rules) {
            check(rule, results).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<ThresholdCheck> check(ThresholdRule rule, List<BenchmarkResult> results) {
        boolean minimum = rule.bound() == Bound.MIN;
        BenchmarkResult worst = null;
        double worstValue = Double.NaN;
        for (BenchmarkResult r : results) {
            Metric m = r.status() == Status.OK && r.id().equals(rule.benchmark())
                    ? r.metrics().get(rule.metric())
                    : null;
            if (m == null) {
                continue;
            }
            double v = rule.toLimitUnit().applyAsDouble(m.value());
            if (worst == null || (minimum ? v < worstValue : v > worstValue)) {
                worst = r;
                worstValue = v;
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        boolean passed = minimum ? worstValue >= rule.limit() : worstValue <= rule.limit();
        return Optional.of(new ThresholdCheck(
                rule.name(), rule.limit(), worstValue, passed, worst.id(), worst.params(), rule.bound()));
    }
}
