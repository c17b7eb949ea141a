package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One configured performance threshold against the worst value observed for the metric it names.
 *
 * @param name e.g. {@code inference.max_latency_ms}, the config key
 * @param observed the worst observed value, in the threshold's unit; null when nothing was measured
 * @param benchmark the {@code suite/benchmark} of the worst value
 * @param params the parameters of the worst value
 * @param bound whether the limit is a minimum or a maximum; run records written before it was
 *     recorded have none, and then it is read off the limit, the observed value and the verdict
 */
public record ThresholdCheck(
        String name,
        double limit,
        Double observed,
        boolean passed,
        String benchmark,
        Map<String, Object> params,
        Bound bound) {
    /** Which side of its limit a threshold holds. */
    public enum Bound {
        /** The observed value must be at least the limit (a throughput). */
        MIN,
        /** The observed value must be at most the limit (a latency, a size). */
        MAX;

        /** {@code min} or {@code max}, as files write it. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses {@link #id()}. */
        @JsonCreator
        public static Bound of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public ThresholdCheck {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (bound == null && observed != null && observed != limit) {
            // above the limit and passed, or below it and failed: a minimum
            bound = (observed > limit) == passed ? Bound.MIN : Bound.MAX;
        }
    }

    /** How much of the limit is to spare, as a share of it: negative when breached; null when unknown. */
    public Double spare() {
        if (observed == null || bound == null || limit == 0) {
            return null;
        }
        return (bound == Bound.MIN ? observed - limit : limit - observed) / limit;
    }
}
