package org.rfcc.bench.runner;

import java.util.Map;

/** One benchmark at one combination of parameters, ready to run. */
public sealed interface Plan permits JmhPlan, DirectPlan, JarPlan {
    /** The suite, e.g. {@code compression}. */
    String suite();

    /** The benchmark, e.g. {@code parse}. */
    String benchmark();

    /** The parameters under their CONTRACT.md names, in a stable order. */
    Map<String, Object> params();

    /** A rough guess of the plan's wall time in seconds, to weigh progress and ETA. */
    double estimatedSeconds();

    /** {@code suite/benchmark[k=v,…]}, for progress and errors. */
    default String label() {
        return label(suite(), benchmark(), params());
    }

    /** {@code suite/benchmark[k=v,…]}: the label of the plan of {@code params}, in their order. */
    static String label(String suite, String benchmark, Map<String, Object> params) {
        StringBuilder s = new StringBuilder(suite).append('/').append(benchmark);
        if (!params.isEmpty()) {
            s.append('[');
            params.forEach((k, v) -> s.append(k).append('=').append(v).append(','));
            s.setCharAt(s.length() - 1, ']');
        }
        return s.toString();
    }
}
