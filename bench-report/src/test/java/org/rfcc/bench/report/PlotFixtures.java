package org.rfcc.bench.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/** Runs and trends for the plot tests, from a fixed seed: a realistic full matrix or a few hand-made results. */
public final class PlotFixtures {
    public static final List<String> MODELS = List.of("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x");
    public static final List<Integer> SIZES = List.of(1000, 5000, 10000, 50000, 100000);
    public static final List<Integer> RATIOS = List.of(2, 4, 8, 16, 32);
    public static final List<Integer> BATCHES = List.of(1, 4, 8, 16);

    private final Random random = new Random(12345);

    /** The full matrix: 3 models × 5 sizes × 5 ratios for compression, × 4 batch sizes for inference. */
    public RunRecord fullMatrix() {
        return run(fullConfig(), fullResults(MODELS));
    }

    /** The full matrix's results for {@code models}. */
    public List<BenchmarkResult> fullResults(List<String> models) {
        List<BenchmarkResult> results = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            String model = models.get(m);
            double speed = 1.0 - 0.25 * m;
            for (int size : SIZES) {
                double logSize = Math.log10(size / 1000.0);
                for (int ratio : RATIOS) {
                    Map<String, Object> p = params("model", model, "document_size", size, "compression_ratio", ratio);
                    double log2 = Math.log(ratio) / Math.log(2);
                    double tps = 42000 * speed * (1 - 0.12 * logSize) * (1 + 0.03 * log2);
                    results.add(result(
                            "compression",
                            "compression_speed",
                            p,
                            "tokens_per_second",
                            measured("tokens/s", Direction.HIGHER_IS_BETTER, tps),
                            "end_to_end_ms",
                            measured("ms", Direction.LOWER_IS_BETTER, size / tps * 1000),
                            "documents_per_minute",
                            measured("documents/min", Direction.HIGHER_IS_BETTER, 60 * tps / size),
                            "cpu_utilization",
                            measured("ratio", Direction.LOWER_IS_BETTER, 0.8)));
                    results.add(result(
                            "compression",
                            "memory_usage",
                            p,
                            "peak_heap_mb",
                            measured("MB", Direction.LOWER_IS_BETTER, 180 + 0.004 * size * (1 + 0.02 * log2)),
                            "peak_rss_mb",
                            measured("MB", Direction.LOWER_IS_BETTER, 420 + 0.007 * size * (1 + 0.02 * log2)),
                            "alloc_mb_per_op",
                            measured("MB", Direction.LOWER_IS_BETTER, 0.0011 * size)));
                    double retention = 0.99 - 0.085 * log2 - 0.01 * logSize - 0.02 * m;
                    results.add(result(
                            "compression",
                            "compression_ratio",
                            p,
                            "achieved_ratio",
                            exact("ratio", ratio * 0.98),
                            "ratio_error",
                            exact("ratio", 0.02),
                            "information_retention",
                            exact("score", retention),
                            "information_retention_no_query",
                            exact("score", retention - 0.07),
                            "information_retention_random",
                            exact("score", 1.0 / ratio),
                            "information_retention_lead_n",
                            exact("score", Math.min(1, 1.3 / ratio)),
                            "f1",
                            exact("score", retention - 0.03)));
                    double total = size / tps * 1000;
                    results.add(result(
                            "compression",
                            "compression_stages",
                            p,
                            "split_ms",
                            measured("ms", Direction.LOWER_IS_BETTER, 0.05 * total),
                            "tokenize_ms",
                            measured("ms", Direction.LOWER_IS_BETTER, 0.20 * total),
                            "embed_ms",
                            measured("ms", Direction.LOWER_IS_BETTER, 0.65 * total),
                            "select_ms",
                            measured("ms", Direction.LOWER_IS_BETTER, 0.10 * total)));
                }
            }
            results.add(result(
                    "models",
                    "model_loading",
                    params("model", model),
                    "load_time_ms",
                    measured("ms", Direction.LOWER_IS_BETTER, 850 + 400 * m)));
            for (int batch : BATCHES) {
                Map<String, Object> p = params("model", model, "batch_size", batch);
                double p50 = (38 + 9 * batch) * (1 + 0.4 * m);
                results.add(result(
                        "inference",
                        "inference_latency",
                        p,
                        "latency_p50_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, p50),
                        "latency_p99_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, p50 * 1.6),
                        "first_token_latency_ms",
                        measured("ms", Direction.LOWER_IS_BETTER, p50 * 0.3)));
                double efficiency = batch == 1 ? 1.0 : 1 + 0.9 * Math.log(batch) / Math.log(2) * (1 - 0.1 * m);
                results.add(result(
                        "inference",
                        "batch_processing",
                        p,
                        "throughput_tokens_per_second",
                        measured("tokens/s", Direction.HIGHER_IS_BETTER, 9000 * speed * efficiency),
                        "batch_efficiency",
                        exact("ratio", efficiency)));
            }
        }
        results.add(result(
                "models",
                "tokenizer_speed",
                params("tokenizer", "cl100k_base"),
                "tokens_per_second",
                measured("tokens/s", Direction.HIGHER_IS_BETTER, 2.1e6)));
        return results;
    }

    /** {@code count} trends of {@code points} points, each with a step up two thirds of the way. */
    public List<Trend> trends(int count, int points) {
        List<Trend> trends = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            String model = MODELS.get(t % MODELS.size());
            String series = "compression/compression_speed/tokens_per_second[model=" + model + ",document_size="
                    + SIZES.get(t % SIZES.size()) + ",compression_ratio=4]";
            int step = points * 2 / 3;
            List<Trend.Point> list = new ArrayList<>();
            for (int i = 0; i < points; i++) {
                double level = i < step ? 30000 : 27000;
                list.add(new Trend.Point(
                        "run-" + i,
                        Instant.parse("2026-10-01T00:00:00Z").plusSeconds(86400L * i),
                        null,
                        level * (1 + 0.01 * random.nextGaussian())));
            }
            trends.add(new Trend(series, "tokens/s", Direction.HIGHER_IS_BETTER, list, List.of(step), points - 1));
        }
        return trends;
    }

    /** {@code 5} forks of {@code 5} iterations around {@code level}, 2% fork-to-fork and 0.5% iteration noise. */
    public Metric measured(String unit, Direction direction, double level) {
        List<List<Double>> samples = new ArrayList<>();
        double sum = 0;
        for (int f = 0; f < 5; f++) {
            double fork = level * (1 + 0.02 * random.nextGaussian());
            List<Double> it = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                double v = fork * (1 + 0.005 * random.nextGaussian());
                it.add(v);
                sum += v;
            }
            samples.add(it);
        }
        double mean = sum / 25;
        return new Metric(unit, direction, samples);
    }

    public static Metric exact(String unit, double value) {
        return Metric.exact(unit, Direction.HIGHER_IS_BETTER, value);
    }

    /** The effective config of the full matrix, as {@code BenchConfig.effective()} shapes it. */
    public static Map<String, Object> fullConfig() {
        return params(
                "benchmarks",
                params(
                        "compression",
                        params(
                                "document_sizes",
                                SIZES,
                                "compression_ratios",
                                RATIOS.stream().map(Integer::doubleValue).toList()),
                        "models",
                        params("test_models", MODELS, "batch_sizes", BATCHES)));
    }

    public static RunRecord run(Map<String, Object> config, List<BenchmarkResult> results) {
        Instant t = Instant.parse("2026-11-27T15:00:00Z");
        return new RunRecord(
                RunRecord.SCHEMA,
                "run-1",
                t,
                t.plusSeconds(570),
                "full",
                "run",
                GitInfo.none(),
                new Machine("fp", null, null, 2, 0, null, List.of(), null, null, false),
                config,
                results,
                List.of(),
                null);
    }

    public static RunRecord run(List<BenchmarkResult> results) {
        return run(Map.of(), results);
    }

    public static BenchmarkResult result(
            String suite, String benchmark, Map<String, Object> params, Object... metrics) {
        Map<String, Metric> m = new LinkedHashMap<>();
        for (int i = 0; i < metrics.length; i += 2) {
            m.put((String) metrics[i], (Metric) metrics[i + 1]);
        }
        return BenchmarkResult.ok(suite, benchmark, params, m);
    }

    /** An insertion-ordered map from {@code key, value, key, value, …}. */
    /** A map from name-value pairs, in order. */
    public static Map<String, Object> params(Object... kv) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        return p;
    }
}
