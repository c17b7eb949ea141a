package org.rfcc.bench.model;

import java.util.Map;
import java.util.stream.Collectors;

/** How a series is named in flat files: {@code suite/benchmark/metric[k=v,…]} and {@code k=v;…}. */
public final class SeriesNames {
    private SeriesNames() {}

    /** {@code suite/benchmark/metric[size=1000,mode=fast]}. */
    public static String name(String suite, String benchmark, String metric, Map<String, Object> params) {
        String base = suite + "/" + benchmark + "/" + metric;
        return params.isEmpty() ? base : base + "[" + joined(params, ",") + "]";
    }

    /** The params as {@code k=v} pairs in their stable order, joined by {@code separator}. */
    public static String joined(Map<String, Object> params, String separator) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(separator));
    }
}
