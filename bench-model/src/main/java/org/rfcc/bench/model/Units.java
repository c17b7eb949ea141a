package org.rfcc.bench.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Conversion between the units JMH writes: a time ({@code ns}, {@code us}, {@code ms}, {@code s},
 * {@code min}, {@code hr}, {@code day}), a time per something ({@code us/op}, {@code ms/iter}) and
 * something per time ({@code ops/ms}, {@code MB/sec}). Anything else converts only to itself.
 */
public final class Units {
    /** Seconds per time unit, by the names JMH and other tools write. */
    private static final Map<String, Double> SECONDS = Map.ofEntries(
            Map.entry("ns", 1e-9),
            Map.entry("us", 1e-6),
            Map.entry("µs", 1e-6),
            Map.entry("μs", 1e-6),
            Map.entry("ms", 1e-3),
            Map.entry("s", 1.0),
            Map.entry("sec", 1.0),
            Map.entry("min", 60.0),
            Map.entry("hr", 3600.0),
            Map.entry("day", 86400.0));

    private Units() {}

    /**
     * The factor that turns a value in {@code from} into one in {@code to} ({@code 1000} from
     * {@code ops/ms} to {@code ops/s}), or empty when the two cannot be converted.
     */
    public static OptionalDouble factor(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            return OptionalDouble.of(1);
        }
        String[] a = parts(from);
        String[] b = parts(to);
        if (a == null || b == null) {
            return OptionalDouble.empty();
        }
        Double timeA = SECONDS.get(a[0]);
        Double timeB = SECONDS.get(b[0]);
        if (timeA != null && timeB != null && a[1].equals(b[1])) {
            return OptionalDouble.of(timeA / timeB); // a time, or a time per the same thing
        }
        Double perA = SECONDS.get(a[1]);
        Double perB = SECONDS.get(b[1]);
        if (perA != null && perB != null && a[0].equals(b[0])) {
            return OptionalDouble.of(perB / perA); // the same thing per a time
        }
        return OptionalDouble.empty();
    }

    /** True when values in {@code a} and {@code b} can be compared, after conversion. */
    public static boolean convertible(String a, String b) {
        return factor(a, b).isPresent();
    }

    /** {@code [numerator, denominator]} ({@code ""} when there is none), or null for more than one slash. */
    private static String[] parts(String unit) {
        String u = unit.strip();
        int slash = u.indexOf('/');
        if (slash < 0) {
            return new String[] {u, ""};
        }
        if (u.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        return new String[] {
            u.substring(0, slash).strip(), u.substring(slash + 1).strip()
        };
    }
}
