package org.rfcc.bench.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.rfcc.bench.model.Metric;

/**
 * A measurement that is not timed and so runs outside JMH, in this process: deterministic
 * quality metrics, for example.
 */
public record DirectPlan(
        String suite, String benchmark, Map<String, Object> params, Supplier<Map<String, Metric>> measure)
        implements Plan {
    public DirectPlan {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    @Override
    public double estimatedSeconds() {
        return 1;
    }
}
