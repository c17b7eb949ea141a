package org.rfcc.bench.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.Summary;

/** Runs for the report tests: built from a fixed seed, shaped like the suites' real results. */
public final class ReportFixtures {
    public static final String HOSTILE_NAME = "<script>alert(1)</script>";
    public static final String HOSTILE_VALUE = "\"><img src=x onerror=alert(1)>";
    public static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    private ReportFixtures() {}

    /** A metric measured in {@code forks} forks of {@code iterations} iterations around {@code value}, 2% noise. */
    public static Metric measured(
            String unit, Direction direction, double value, int forks, int iterations, Random random) {
        List<List<Double>> samples = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            List<Double> fork = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                fork.add(value * (1 + 0.02 * random.nextGaussian()));
            }
            samples.add(fork);
        }
        double half = value * 0.02;
        return new Metric(unit, direction, samples);
    }

    public static Map<String, Object> params(Object... kv) {
        return PlotFixtures.params(kv);
    }

    public static BenchmarkResult result(
            String suite, String benchmark, Map<String, Object> params, Object... metrics) {
        return PlotFixtures.result(suite, benchmark, params, metrics);
    }

    public static RunRecord run(
            List<BenchmarkResult> results, List<ThresholdCheck> thresholds, Map<String, Object> config) {
        return new RunRecord(
                RunRecord.SCHEMA,
                "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
                Instant.parse("2026-11-27T15:00:00Z"),
                Instant.parse("2026-11-27T15:09:30Z"),
                "quick",
                "run",
                new GitInfo(COMMIT, "main", false),
                new Machine(
                        "0ba1453402fc57d3",
                        "GNU/Linux Debian 12",
                        "AMD EPYC",
                        2,
                        25_276_026_880L,
                        "OpenJDK 64-Bit Server VM 17.0.15",
                        List.of("-Xmx4g"),
                        "G1",
                        null,
                        false),
                config,
                results,
                thresholds,
                null);
    }

    public static RunRecord run(BenchmarkResult... results) {
        return run(List.of(results), List.of(), Map.of());
    }

    /**
     * A small run over every suite (two sizes, two ratios, two batch sizes, one model), with
     * three forks of three iterations, from {@code seed}.
     */
    public static RunRecord sample(long seed) {
        Random random = new Random(seed);
        List<BenchmarkResult> results = new ArrayList<>();
        String model = "rfcc-base-4x";
        for (int size : List.of(1000, 10000)) {
            for (int ratio : List.of(4, 8)) {
                Map<String, Object> p = params("model", model, "document_size", size, "compression_ratio", ratio);
                results.add(result(
                        "compression",
                        "compression_speed",
                        p,
                        "tokens_per_second",
                        measured("tokens/s", Direction.HIGHER_IS_BETTER, 9000.0 * (1 + size / 20000.0), 3, 3, random),
                        "end_to_end_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, size / 90.0, 3, 3, random)));
                results.add(result(
                        "compression",
                        "memory_usage",
                        p,
                        "peak_heap_mb",
                        measured("MB", Direction.LOWER_IS_BETTER, 70 + size / 1000.0, 3, 3, random),
                        "peak_rss_mb",
                        measured("MB", Direction.LOWER_IS_BETTER, 260 + size / 500.0, 3, 3, random),
                        "alloc_mb_per_op",
                        measured("MB/op", Direction.LOWER_IS_BETTER, size / 350.0, 3, 3, random)));
                results.add(result(
                        "compression",
                        "compression_stages",
                        p,
                        "split_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, size / 2000.0, 3, 3, random),
                        "tokenize_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, size / 1000.0, 3, 3, random),
                        "embed_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, size / 100.0, 3, 3, random),
                        "select_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, size / 5000.0, 3, 3, random)));
                double retention = 0.95 - ratio * 0.02;
                results.add(result(
                        "compression",
                        "compression_ratio",
                        p,
                        "achieved_ratio",
                        Metric.exact("ratio", Direction.HIGHER_IS_BETTER, ratio * 1.02),
                        "ratio_error",
                        Metric.exact("ratio", Direction.LOWER_IS_BETTER, 0.02),
                        "information_retention",
                        Metric.exact("score", Direction.HIGHER_IS_BETTER, retention),
                        "information_retention_no_query",
                        Metric.exact("score", Direction.HIGHER_IS_BETTER, retention - 0.1),
                        "information_retention_random",
                        Metric.exact("score", Direction.HIGHER_IS_BETTER, 1.0 / ratio),
                        "information_retention_lead_n",
                        Metric.exact("score", Direction.HIGHER_IS_BETTER, 1.2 / ratio)));
            }
        }
        results.add(result(
                "models",
                "model_loading",
                params("model", model),
                "load_time_ms",
                measured("ms", Direction.LOWER_IS_BETTER, 850, 3, 1, random)));
        for (int batch : List.of(1, 4)) {
            Map<String, Object> p = params("model", model, "batch_size", batch);
            results.add(result(
                    "inference",
                    "inference_latency",
                    p,
                    "latency_p50_ms",
                    measured("ms", Direction.LOWER_IS_BETTER, 200.0 / batch, 3, 1, random),
                    "latency_p99_ms",
                    measured("ms", Direction.LOWER_IS_BETTER, 280.0 / batch, 3, 1, random)));
            results.add(result(
                    "inference",
                    "batch_processing",
                    p,
                    "throughput_tokens_per_second",
                    measured("tokens/s", Direction.HIGHER_IS_BETTER, 11000 + 3000 * (batch - 1) / 3.0, 3, 3, random),
                    "batch_efficiency",
                    Metric.exact("ratio", Direction.HIGHER_IS_BETTER, 1 + 0.27 * (batch - 1) / 3.0)));
        }
        List<ThresholdCheck> thresholds = List.of(
                new ThresholdCheck(
                        "compression_speed.min_tokens_per_second",
                        1000,
                        9000.0,
                        true,
                        "compression/compression_speed",
                        params("model", model, "document_size", 1000, "compression_ratio", 4),
                        null),
                new ThresholdCheck(
                        "inference.max_latency_ms",
                        500,
                        280.0,
                        true,
                        "inference/inference_latency",
                        params("model", model, "batch_size", 1),
                        null));
        return run(results, thresholds, params("reporting", params("include_system_info", true)));
    }

    /** A change of tokens/s from 12,000 to 9,000 (-25%) at {@code level}. */
    public static Change change(Level level, Boolean underpowered, Double mde, Integer forksNeeded) {
        return new Change(
                "compression",
                "compression_speed",
                Map.of("model", "rfcc-base-4x"),
                "tokens_per_second",
                "tokens/s",
                Direction.HIGHER_IS_BETTER,
                12000,
                9000,
                -25.0,
                List.of(-30.1, -20.2),
                0.99,
                1.2e-6,
                2.4e-5,
                level == Level.NONE ? Kind.NONE : Kind.REGRESSION,
                level,
                List.of(5, 5),
                3.1,
                mde,
                underpowered,
                forksNeeded,
                Decision.TESTED,
                null,
                Change.PRIMARY,
                null,
                false);
    }

    /** {@code run} with a comparison of {@code changes} against a base run. */
    public static RunRecord withComparison(RunRecord run, Change... changes) {
        List<Change> list = List.of(changes);
        int critical =
                (int) list.stream().filter(c -> c.level() == Level.CRITICAL).count();
        int weak = (int)
                list.stream().filter(c -> Boolean.TRUE.equals(c.underpowered())).count();
        Comparison c = new Comparison(
                Comparison.SCHEMA,
                new Comparison.RunRef("base-run", "1111111111111111111111111111111111111111"),
                new Comparison.RunRef(run.runId(), ReportFixtures.COMMIT),
                0.01,
                list,
                new Summary(critical, 0, 0, 0, 0, weak, 0),
                List.of(),
                List.of());
        return run.withComparison(c);
    }

    static final Figure SPEED = new Figure(
            "compression_speed_m", "Speed", "One line per ratio.", "<svg viewBox=\"0 0 10 10\"></svg>", false);
    static final Figure TREND =
            new Figure("trend_1", "Trend", "The stored runs.", "<svg viewBox=\"0 0 10 10\"><g/></svg>", true);

    /** The HTML report of {@code run}, with one results figure and one trend figure. */
    public static String render(RunRecord run, List<Trend> trends, boolean detailed) {
        return HtmlReport.render(new ReportData(run, trends, detailed), List.of(SPEED, TREND));
    }

    /** A run whose benchmark name, param value, branch and error are hostile markup. */
    public static RunRecord hostile() {
        RunRecord sample = ReportFixtures.sample(3);
        List<BenchmarkResult> results = new ArrayList<>(sample.results());
        results.add(ReportFixtures.result(
                "compression",
                HOSTILE_NAME,
                params("model", HOSTILE_VALUE),
                HOSTILE_NAME,
                Metric.exact(HOSTILE_VALUE, Direction.LOWER_IS_BETTER, 1)));
        results.add(BenchmarkResult.failed("models", HOSTILE_NAME, params("model", HOSTILE_VALUE), HOSTILE_VALUE));
        return new RunRecord(
                sample.schema(),
                HOSTILE_NAME,
                sample.startedAt(),
                sample.finishedAt(),
                HOSTILE_VALUE,
                sample.source(),
                new GitInfo(ReportFixtures.COMMIT, HOSTILE_NAME, false),
                sample.machine(),
                params("note", HOSTILE_NAME + HOSTILE_VALUE),
                results,
                sample.thresholds(),
                null);
    }
}
