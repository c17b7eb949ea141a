package org.rfcc.bench.runner;

import java.util.Map;

/**
 * One measured JMH iteration: the primary score in the plan's unit (ms/op for time modes,
 * ops/ms for throughput) and every secondary result by its JMH name.
 */
public record IterationSample(double score, Map<String, Double> secondary) {
    public IterationSample {
        secondary = Map.copyOf(secondary);
    }

    /** A secondary result, failing clearly when the profiler that makes it did not run. */
    public double secondary(String name) {
        Double v = secondary.get(name);
        if (v == null) {
            throw new IllegalStateException("JMH reported no '" + name + "'; it has " + secondary.keySet());
        }
        return v;
    }
}
