package org.rfcc.bench.runner;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.Params;

/**
 * A benchmark run by JMH in forked JVMs.
 *
 * @param method the benchmark method, {@code fully.qualified.Class.method}
 * @param jmhParams the values of the class's {@code @Param} fields
 * @param iterationTime length of one iteration; null for single-shot iterations
 * @param gcProfiler attach JMH's gc profiler (allocation per operation)
 * @param mapper derives the benchmark's metrics from the raw run
 */
public record JmhPlan(
        String suite,
        String benchmark,
        Map<String, Object> params,
        String method,
        Map<String, String> jmhParams,
        Mode mode,
        int warmupIterations,
        int measurementIterations,
        Duration iterationTime,
        int forks,
        boolean gcProfiler,
        MetricMapper mapper)
        implements Plan {
    /** Seconds to start a fork and load the model, as seen on 2 cores (for progress estimates). */
    private static final double FORK_SECONDS = 2.5;
    /** Seconds of one single-shot operation, a guess for progress estimates. */
    private static final double SINGLE_SHOT_SECONDS = 1.5;

    public JmhPlan {
        params = Params.canonical(params);
        jmhParams = Collections.unmodifiableMap(new LinkedHashMap<>(jmhParams));
        if (warmupIterations < 0 || measurementIterations < 1 || forks < 1) {
            throw new IllegalArgumentException("need warmup >= 0, measurement >= 1 and forks >= 1");
        }
        if ((mode == Mode.SingleShotTime) != (iterationTime == null)) {
            throw new IllegalArgumentException("single-shot iterations have no time; all others need one");
        }
        if (mode == Mode.All) {
            throw new IllegalArgumentException("choose one JMH mode");
        }
    }

    @Override
    public double estimatedSeconds() {
        double iteration = iterationTime == null ? SINGLE_SHOT_SECONDS : iterationTime.toMillis() / 1000.0;
        return forks * (FORK_SECONDS + (warmupIterations + measurementIterations) * iteration);
    }
}
