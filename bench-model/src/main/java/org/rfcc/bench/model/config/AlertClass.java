package org.rfcc.bench.model.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The three alert classes of benchmarks/alerts.yaml, each with its own warning and critical
 * thresholds. A suite's catalog ({@link org.rfcc.bench.model.seam.Catalog}) says which class covers
 * each of its metrics; for any other metric, a JMH project's, {@link #of} decides from the name and
 * unit.
 */
public enum AlertClass {
    /** Every time, latency and throughput metric. */
    COMPRESSION_SPEED("compression_speed"),
    /** Every memory metric: sizes, allocation and garbage collection. */
    MEMORY_USAGE("memory_usage"),
    /** Quality scores, as a suite's catalog names them (a unit alone never makes one). */
    MODEL_ACCURACY("model_accuracy");

    // Substrings of memory metric names: heap, resident set, allocation, memory.
    private static final List<String> MEMORY_WORDS = List.of("heap", "rss", "alloc", "memory");
    // JMH's gc profiler: gc.alloc.rate.norm (B/op) is memory; its rates and counts are not.
    private static final String GC_PREFIX = "gc.";
    private static final Set<String> SIZES = Set.of("b", "byte", "bytes", "kb", "mb", "gb", "tb", "kib", "mib", "gib");
    private static final Set<String> TIMES = Set.of("ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "sec", "min", "h");
    private static final String PER_OP = "/op";

    private final String key;

    AlertClass(String key) {
        this.key = key;
    }

    /** The key of this class under {@code alerts:} in alerts.yaml, e.g. {@code compression_speed}. */
    public String key() {
        return key;
    }

    /**
     * The class of a metric by its name and unit, for metrics whose suite's catalog does not
     * decide: a name containing heap, rss, alloc or memory is memory unless its unit is a rate, and
     * JMH's {@code gc.*} metrics are memory only per operation ({@code gc.alloc.rate.norm} in B/op):
     * a rate or a count per iteration ({@code gc.alloc.rate} in MB/sec, {@code gc.count}, {@code
     * gc.time}) rises whenever the code gets faster, so it is in no class. Then the unit,
     * case-insensitively: a size (B, bytes, KB, MB, GB, …), alone or per operation ({@code B/op},
     * {@code MB/op}), is memory; a time (ns, us, ms, s, sec, min, h), alone or per operation
     * ({@code ms/op}), or anything per time ({@code ops/s}, {@code tokens/s}, {@code documents/min},
     * and {@code MB/s} of a metric not named as memory) is speed. Anything else, such as {@code
     * ratio}, {@code score} or {@code counts}, is in no class: no unit says a number is an accuracy.
     */
    public static Optional<AlertClass> of(String metric, String unit) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        String name = metric.toLowerCase(Locale.ROOT);
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(GC_PREFIX)) {
            // Per operation, the gc profiler measures memory; per second or per iteration
            // (gc.alloc.rate, gc.count, gc.time) it rises whenever the code gets faster.
            return u.endsWith(PER_OP) ? Optional.of(MEMORY_USAGE) : Optional.empty();
        }
        if (MEMORY_WORDS.stream().anyMatch(name::contains)) {
            return perTime(u) ? Optional.empty() : Optional.of(MEMORY_USAGE);
        }
        if (SIZES.contains(perOperation(u))) {
            return Optional.of(MEMORY_USAGE);
        }
        if (TIMES.contains(perOperation(u)) || perTime(u)) {
            return Optional.of(COMPRESSION_SPEED);
        }
        return Optional.empty();
    }

    // "ms/op" → "ms"; any other unit as it is.
    private static String perOperation(String unit) {
        return unit.endsWith(PER_OP) ? unit.substring(0, unit.length() - PER_OP.length()) : unit;
    }

    // "ops/s", "tokens/s", "documents/min": a count or amount per unit of time.
    private static boolean perTime(String unit) {
        int slash = unit.lastIndexOf('/');
        return slash > 0 && TIMES.contains(unit.substring(slash + 1));
    }
}
