package org.rfcc.bench.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one canonical form of a benchmark's params, so that a point of a benchmark is one series
 * whichever route it came by: {@code 4} from the config, {@code 4.0} from a name, {@code "4"} from
 * JMH's JSON and {@code 4L} from a database all become {@code 4L}. Every {@link BenchmarkResult}
 * holds its params in this form, so two params maps name the same point exactly when they are
 * equal, and their JSON is the series key of the history.
 */
public final class Params {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");
    /** Whole numbers below this magnitude are exact as doubles and become longs. */
    private static final double EXACT_WHOLE = 1e15;

    private Params() {}

    /** {@code params} in canonical form, in the same order; null is the empty map. */
    @SuppressWarnings("unchecked") // a Canonical map holds Objects by construction
    public static Map<String, Object> canonical(Map<String, ?> params) {
        if (params == null || params.isEmpty()) {
            return Map.of();
        }
        if (params instanceof Canonical) {
            return (Map<String, Object>) params; // a history read makes a row per value with one benchmark's params
        }
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k == null) {
                throw new IllegalArgumentException("a param needs a name, got null in " + params);
            }
            out.put(k, value(v));
        });
        return new Canonical(Collections.unmodifiableMap(out));
    }

    /** A map already in canonical form, unmodifiable; canonical() passes it through. */
    private static final class Canonical extends AbstractMap<String, Object> {
        private final Map<String, Object> map;

        Canonical(Map<String, Object> map) {
            this.map = map;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return map.entrySet();
        }

        @Override
        public Object get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }
    }

    /**
     * One value in canonical form: a whole number as a {@link Long}, any other finite number as a
     * {@link Double}, text that is a number written plainly (no leading zeros, so that {@code 007}
     * stays the text it was) as that number, booleans as they are, anything else as its text.
     */
    public static Object value(Object v) {
        if (v == null) {
            throw new IllegalArgumentException("a param value cannot be null");
        }
        if (v instanceof Boolean) {
            return v;
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof Number n) {
            return number(n);
        }
        return String.valueOf(v);
    }

    private static Object text(String s) {
        if (INTEGER.matcher(s).matches()) {
            BigInteger n = new BigInteger(s);
            return n.bitLength() < 64 ? (Object) n.longValue() : s;
        }
        if (DECIMAL.matcher(s).matches()) {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? number(d) : s;
        }
        return s;
    }

    private static Object number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        if (n instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b.toString();
        }
        double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
        if (!Double.isFinite(d)) {
            return String.valueOf(n);
        }
        return d == Math.rint(d) && Math.abs(d) < EXACT_WHOLE ? (Object) (long) d : (Object) d;
    }
}
