package org.rfcc.bench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one benchmark at one combination of parameters: its metrics when it ran, or
 * its error when it failed. Parameters and metrics keep their insertion order; parameters are held
 * in {@link Params#canonical canonical form}, so that two results of the same point have equal params.
 */
public record BenchmarkResult(
        String suite,
        String benchmark,
        Map<String, Object> params,
        Status status,
        String error,
        Map<String, Metric> metrics) {
    public BenchmarkResult {
        if (suite == null || benchmark == null || status == null) {
            throw new IllegalArgumentException("a result needs a suite, a benchmark and a status");
        }
        if (status == Status.FAILED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed result needs its error");
        }
        params = Params.canonical(params);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics == null ? Map.of() : metrics));
    }

    /** A successful result. */
    public static BenchmarkResult ok(
            String suite, String benchmark, Map<String, Object> params, Map<String, Metric> metrics) {
        return new BenchmarkResult(suite, benchmark, params, Status.OK, null, metrics);
    }

    /** A failed result with its error. */
    public static BenchmarkResult failed(String suite, String benchmark, Map<String, Object> params, String error) {
        return new BenchmarkResult(suite, benchmark, params, Status.FAILED, error, Map.of());
    }

    /** {@code suite/benchmark}, e.g. {@code com.example.ParseBench/parse}. */
    public String id() {
        return suite + "/" + benchmark;
    }
}
