package org.rfcc.bench.model.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Thresholds for the metrics that match a benchmark pattern ({@code alerts.overrides} in
 * alerts.yaml), in place of their class's.
 *
 * @param pattern {@code suite/benchmark} (every metric of the benchmark) or {@code
 *     suite/benchmark/metric}; each segment an exact name or {@code *} for any
 * @param levels the thresholds of the matching metrics
 */
public record AlertOverride(String pattern, AlertLevels levels) {
    /** What a pattern looks like, for messages. */
    public static final String PATTERN_EXAMPLES = "suite/benchmark or suite/benchmark/metric, each segment"
            + " an exact name or * for any, such as com.example.ParseBench/*/score";

    private static final String ANY = "*";
    private static final String SEPARATOR = "/";

    public AlertOverride {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(levels, "levels");
        problem(pattern).ifPresent(p -> {
            throw new IllegalArgumentException("pattern " + p + "; expected " + PATTERN_EXAMPLES);
        });
    }

    /** True when every segment of the pattern is {@code *} or equal to the name it stands for. */
    public boolean matches(String suite, String benchmark, String metric) {
        String[] segments = pattern.split(SEPARATOR);
        return segment(segments[0], suite)
                && segment(segments[1], benchmark)
                && (segments.length == 2 || segment(segments[2], metric));
    }

    /** What is wrong with {@code pattern}, worded to follow "pattern ", or empty when it is well-formed. */
    static Optional<String> problem(String pattern) {
        String[] segments = pattern.split(SEPARATOR, -1);
        String quoted = YamlNodes.quote(pattern);
        if (segments.length < 2 || segments.length > 3) {
            return Optional.of(quoted + " has " + segments.length + " segment" + (segments.length == 1 ? "" : "s"));
        }
        for (String segment : segments) {
            if (segment.isBlank()) {
                return Optional.of(quoted + " has an empty segment");
            }
            if (segment.contains(ANY) && !segment.equals(ANY)) {
                return Optional.of(quoted + " has * inside a segment (" + YamlNodes.quote(segment) + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean segment(String segment, String name) {
        return segment.equals(ANY) || segment.equals(name);
    }
}
