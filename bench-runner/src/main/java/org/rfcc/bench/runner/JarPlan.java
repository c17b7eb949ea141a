package org.rfcc.bench.runner;

import java.util.Map;
import org.rfcc.bench.model.Params;

/**
 * One benchmark method of a JMH uber-jar at one combination of its params: what one invocation
 * of the jar runs ({@link JmhJar}).
 *
 * @param suite the benchmark's class, fully qualified
 * @param benchmark the method
 * @param params the JMH params of this combination, by their names in the jar
 */
public record JarPlan(String suite, String benchmark, Map<String, Object> params) implements Plan {
    /** A guess of one combination's wall time, for progress: a JVM and a few forks of a few seconds. */
    private static final double ESTIMATED_SECONDS = 10;

    public JarPlan {
        params = Params.canonical(params);
    }

    /** {@code package.Class.method}, as JMH names it. */
    public String method() {
        return suite + "." + benchmark;
    }

    @Override
    public double estimatedSeconds() {
        return ESTIMATED_SECONDS;
    }
}
