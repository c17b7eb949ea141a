package org.rfcc.bench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configured performance threshold against the worst value observed for the metric it names.
 *
 * @param name e.g. {@code compression_speed.min_tokens_per_second}
 * @param observed the worst observed value, in the threshold's unit; null when nothing was measured
 * @param benchmark the {@code suite/benchmark} of the worst value
 * @param params the parameters of the worst value
 */
public record ThresholdCheck(
        String name, double limit, Double observed, boolean passed, String benchmark, Map<String, Object> params) {
    public ThresholdCheck {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
