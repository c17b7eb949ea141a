package org.rfcc.bench.runner;

import java.util.Map;
import java.util.function.Supplier;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;

/**
 * A measurement that is not timed and so runs outside JMH, in this process: deterministic
 * quality metrics, for example.
 */
public record DirectPlan(
        String suite, String benchmark, Map<String, Object> params, Supplier<Map<String, Metric>> measure)
        implements Plan {
    public DirectPlan {
        params = Params.canonical(params);
    }

    @Override
    public double estimatedSeconds() {
        return 1;
    }
}
