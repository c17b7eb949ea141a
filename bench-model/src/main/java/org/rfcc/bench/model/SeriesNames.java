package org.rfcc.bench.model;

import java.util.Map;
import java.util.stream.Collectors;

/** How a series is named in flat files: {@code suite/benchmark/metric[k=v,…]} and {@code k=v;…}. */
public final class SeriesNames {
    private SeriesNames() {}

    /** {@code compression/compression_speed/end_to_end_ms[model=rfcc-base-4x,document_size=1000]}. */
    public static String name(String suite, String benchmark, String metric, Map<String, Object> params) {
        String base = suite + "/" + benchmark + "/" + metric;
        return params.isEmpty() ? base : base + "[" + joined(params, ",") + "]";
    }

    /**
     * True when two params maps name the same point of a benchmark: the same keys with equal
     * values, numbers compared by value, since 4 read back from a file is the 4.0 that was run.
     */
    public static boolean sameParams(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object x = e.getValue();
            Object y = b.get(e.getKey());
            boolean same = x instanceof Number nx && y instanceof Number ny
                    ? nx.doubleValue() == ny.doubleValue()
                    : java.util.Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The params as {@code k=v} pairs in their stable order, joined by {@code separator}. */
    public static String joined(Map<String, Object> params, String separator) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(separator));
    }
}
