package org.rfcc.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.runner.IterationSample;
import org.rfcc.bench.runner.JmhPlan;
import org.rfcc.bench.runner.MetricMapper;
import org.rfcc.bench.runner.RawRun;

/** Shared pieces of the suites: iteration settings from the config, and metric helpers. */
final class Plans {
    /**
     * Length of a time-boxed JMH iteration. Short, since an operation on a 5,000-token document
     * already takes longer (JMH then measures one operation per iteration) and the full matrix
     * must fit a quarter of an hour on 2 cores.
     */
    static final Duration ITERATION = Duration.ofMillis(250);
    /** Length of a sampling iteration: long enough for several latency samples per iteration. */
    static final Duration SAMPLE_ITERATION = Duration.ofMillis(500);
    /** From this document size on, one operation is long and iterations are single-shot. */
    static final int SINGLE_SHOT_FROM_TOKENS = 50_000;

    private static final double MB = 1024.0 * 1024.0;

    private Plans() {}

    /** Warmup and measured iterations per fork, and forks. */
    record Iterations(int warmup, int measurement, int forks) {}

    /** The config's warmup_runs, repeat_count and forks. */
    static Iterations iterations(BenchConfig config) {
        var compression = config.benchmarks().compression();
        return new Iterations(compression.warmupRuns(), compression.repeatCount(), config.forks());
    }

    /** A JMH plan with the given iterations and forks. */
    static JmhPlan jmh(
            Iterations iterations,
            String suite,
            String benchmark,
            Map<String, Object> params,
            Class<?> type,
            String method,
            Mode mode,
            boolean gc,
            MetricMapper mapper) {
        Map<String, String> jmhParams = new LinkedHashMap<>();
        Params.canonical(params).forEach((k, v) -> jmhParams.put(camel(k), String.valueOf(v)));
        return new JmhPlan(
                suite,
                benchmark,
                params,
                type.getName() + "." + method,
                jmhParams,
                mode,
                iterations.warmup(),
                iterations.measurement(),
                mode == Mode.SingleShotTime ? null : mode == Mode.SampleTime ? SAMPLE_ITERATION : ITERATION,
                iterations.forks(),
                gc,
                mapper);
    }

    /** {@code document_size} → {@code documentSize}, the JMH field name. */
    static String camel(String snake) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    /** A metric with one value per measured iteration, grouped by fork. */
    static Metric metric(RawRun raw, String unit, Direction direction, ToDoubleFunction<IterationSample> f) {
        return new Metric(unit, direction, raw.series(f));
    }

    /** Per-operation time in ms → tokens per second for operations of {@code tokens} tokens. */
    static ToDoubleFunction<IterationSample> tokensPerSecond(long tokens) {
        return s -> tokens / (s.score() / 1000.0);
    }

    /** Adds every secondary result JMH reported that the suite did not map, under its own name. */
    static void keepSecondaries(RawRun raw, Map<String, Metric> metrics, List<String> mapped) {
        raw.secondaryUnits().forEach((name, unit) -> {
            if (!mapped.contains(name)
                    && raw.forks().stream().flatMap(List::stream).allMatch(s -> s.secondary()
                            .containsKey(name))) {
                metrics.put(name, metric(raw, unit, Direction.LOWER_IS_BETTER, s -> s.secondary(name)));
            }
        });
    }

    /** Bytes per operation → MB per operation. */
    static double megabytes(double bytes) {
        return bytes / MB;
    }

    /** A benchmark split off another one's results, and the metrics it takes from them. */
    record Part(String benchmark, List<String> metrics) {
        Part {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * Moves metrics of every result of {@code from} into new results with the same params, one per
     * part in the order given, right after it; a failure is copied to every part.
     */
    static List<BenchmarkResult> split(List<BenchmarkResult> results, String from, List<Part> parts) {
        List<BenchmarkResult> out = new ArrayList<>();
        for (BenchmarkResult r : results) {
            if (!r.benchmark().equals(from)) {
                out.add(r);
                continue;
            }
            if (r.status() == Status.FAILED) {
                out.add(r);
                parts.forEach(p -> out.add(BenchmarkResult.failed(r.suite(), p.benchmark(), r.params(), r.error())));
                continue;
            }
            Map<String, Metric> kept = new LinkedHashMap<>(r.metrics());
            List<BenchmarkResult> split = new ArrayList<>();
            for (Part p : parts) {
                Map<String, Metric> moved = new LinkedHashMap<>();
                for (String n : p.metrics()) {
                    Metric m = kept.remove(n);
                    if (m == null) {
                        throw new IllegalStateException(r.id() + " has no metric '" + n + "' to move into "
                                + p.benchmark() + "; it has " + r.metrics().keySet());
                    }
                    moved.put(n, m);
                }
                split.add(BenchmarkResult.ok(r.suite(), p.benchmark(), r.params(), moved));
            }
            out.add(BenchmarkResult.ok(r.suite(), from, r.params(), kept));
            out.addAll(split);
        }
        return out;
    }

    /**
     * Merges each result of {@code part} into the result of {@code into} with the same params:
     * its metrics are added; a failure of either makes the merged result fail.
     */
    static List<BenchmarkResult> merge(List<BenchmarkResult> results, String part, String into) {
        Map<Map<String, Object>, BenchmarkResult> parts = new LinkedHashMap<>();
        results.stream().filter(r -> r.benchmark().equals(part)).forEach(r -> parts.put(r.params(), r));
        List<BenchmarkResult> out = new ArrayList<>();
        for (BenchmarkResult r : results) {
            if (r.benchmark().equals(part)) {
                continue;
            }
            BenchmarkResult p = r.benchmark().equals(into) ? parts.get(r.params()) : null;
            if (p == null) {
                out.add(r);
            } else if (r.status() == Status.FAILED || p.status() == Status.FAILED) {
                String error = r.status() == Status.FAILED ? r.error() : p.error();
                out.add(BenchmarkResult.failed(r.suite(), into, r.params(), error));
            } else {
                Map<String, Metric> metrics = new LinkedHashMap<>(r.metrics());
                metrics.putAll(p.metrics());
                out.add(BenchmarkResult.ok(r.suite(), into, r.params(), metrics));
            }
        }
        return out;
    }

    /** {@code 4.0} → {@code "4"}, for messages. */
    static String format(double v) {
        return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%s", v);
    }
}
