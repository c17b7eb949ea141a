package org.rfcc.bench.model.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.ThresholdRule;
import org.rfcc.bench.model.seam.Catalog;
import org.rfcc.bench.model.seam.KeySeries;

/** A catalog of one made-up suite, registered for this module's tests: it proves the seam, not RFCC. */
public final class TestCatalog implements Catalog {
    /** The suite this catalog claims. */
    public static final String SUITE = "test-suite";

    @Override
    public Set<String> suites() {
        return Set.of(SUITE);
    }

    @Override
    public Optional<AlertClass> alertClass(String benchmark, String metric, String unit) {
        return metric.equals("f1")
                ? Optional.of(AlertClass.MODEL_ACCURACY)
                : Catalog.super.alertClass(benchmark, metric, unit);
    }

    @Override
    public List<ThresholdRule> thresholds(Thresholds limits) {
        return List.of(new ThresholdRule(
                "inference.max_latency_ms",
                limits.maxLatencyMs(),
                ThresholdCheck.Bound.MAX,
                SUITE + "/latency",
                "p99_ms",
                v -> v));
    }

    @Override
    public List<KeySeries> keySeries(RunRecord run) {
        return run.results().stream()
                .filter(r -> r.suite().equals(SUITE))
                .flatMap(r -> KeySeries.of(r, "p99_ms").stream())
                .toList();
    }

    @Override
    public Set<String> models() {
        return Set.of("test-model");
    }
}
