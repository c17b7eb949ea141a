package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;

/**
 * The key series of a run, whose history the report plots: compression speed at each document
 * size and retention at each ratio (for the default model), load time of each model, and the
 * default model's p99 latency at the smallest batch and throughput at the largest.
 *
 * @param name the series name, {@code SeriesNames.name}
 * @param measured the metric as measured in this run: the current point of the trend
 */
public record KeySeries(
        String suite, String benchmark, Map<String, Object> params, String metric, String name, Metric measured) {
    /** The model whose series are key when the run has several: the product's default. */
    public static final String DEFAULT_MODEL = "rfcc-base-4x";
    /** The document size whose retention is key: the middle of the default matrix. */
    static final double RETENTION_SIZE = 10_000;

    /** The key series measured in {@code view}'s run, in the order the report shows them. */
    static List<KeySeries> of(RunView view) {
        List<KeySeries> out = new ArrayList<>();
        String model = defaultModel(view);
        List<Double> ratios = view.numbers("compression_speed", "compression_ratio");
        double ratio = ratios.isEmpty() ? 0 : RunView.closest(ratios, Headlines.HEADLINE_RATIO);
        for (BenchmarkResult r : view.ok("compression_speed")) {
            if (isModel(r, model) && Double.valueOf(ratio).equals(RunView.number(r, "compression_ratio"))) {
                add(out, r, "tokens_per_second");
            }
        }
        List<Double> sizes = view.numbers("compression_ratio", "document_size");
        double size = sizes.isEmpty() ? 0 : RunView.closest(sizes, RETENTION_SIZE);
        for (BenchmarkResult r : view.ok("compression_ratio")) {
            if (isModel(r, model) && Double.valueOf(size).equals(RunView.number(r, "document_size"))) {
                add(out, r, "information_retention");
            }
        }
        view.ok("model_loading").forEach(r -> add(out, r, "load_time_ms"));
        atBatch(out, view, "inference_latency", "latency_p99_ms", model, true);
        atBatch(out, view, "batch_processing", "throughput_tokens_per_second", model, false);
        return out;
    }

    /** The key series of a run, from its record. */
    public static List<KeySeries> of(RunRecord run) {
        return of(new RunView(run));
    }

    private static void atBatch(
            List<KeySeries> out, RunView view, String benchmark, String metric, String model, boolean smallest) {
        List<Double> batches = view.numbers(benchmark, "batch_size");
        if (batches.isEmpty()) {
            return;
        }
        Double batch = smallest ? batches.get(0) : batches.get(batches.size() - 1);
        view.ok(benchmark).stream()
                .filter(r -> isModel(r, model) && batch.equals(RunView.number(r, "batch_size")))
                .forEach(r -> add(out, r, metric));
    }

    private static void add(List<KeySeries> out, BenchmarkResult r, String metric) {
        Metric m = r.metrics().get(metric);
        if (m != null) {
            String name = SeriesNames.name(r.suite(), r.benchmark(), metric, r.params());
            out.add(new KeySeries(r.suite(), r.benchmark(), r.params(), metric, name, m));
        }
    }

    private static boolean isModel(BenchmarkResult r, String model) {
        return model.equals(String.valueOf(r.params().get("model")));
    }

    private static String defaultModel(RunView view) {
        List<String> models = view.texts("compression_speed", "model");
        if (models.isEmpty()) {
            models = view.texts("inference_latency", "model");
        }
        return models.contains(DEFAULT_MODEL) || models.isEmpty() ? DEFAULT_MODEL : models.get(0);
    }
}
