package org.rfcc.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.seam.KeySeries;
import org.rfcc.bench.report.RunView;

/**
 * The key series of an RFCC run, whose history the report plots: compression speed at each
 * document size and retention at each ratio (for the default model), load time of each model, and
 * the default model's p50 and p99 latency at the smallest batch and throughput at the largest.
 */
final class RfccKeySeries {
    /** The model whose series are key when the run has several: the product's default. */
    static final String DEFAULT_MODEL = "rfcc-base-4x";
    /** The document size whose retention is key: the middle of the default matrix. */
    static final double RETENTION_SIZE = 10_000;

    private RfccKeySeries() {}

    /** The key series measured in {@code run}, in the order the report shows them. */
    static List<KeySeries> of(RunRecord run) {
        RunView view = new RunView(run);
        List<KeySeries> out = new ArrayList<>();
        String model = defaultModel(view);
        List<Double> ratios = view.numbers("compression_speed", Models.COMPRESSION_RATIO);
        double ratio = ratios.isEmpty() ? 0 : RunView.closest(ratios, Headlines.HEADLINE_RATIO);
        for (BenchmarkResult r : view.ok("compression_speed")) {
            if (isModel(r, model) && Double.valueOf(ratio).equals(RunView.number(r, Models.COMPRESSION_RATIO))) {
                out.addAll(KeySeries.of(r, "tokens_per_second"));
            }
        }
        List<Double> sizes = view.numbers("compression_ratio", Models.DOCUMENT_SIZE);
        double size = sizes.isEmpty() ? 0 : RunView.closest(sizes, RETENTION_SIZE);
        for (BenchmarkResult r : view.ok("compression_ratio")) {
            if (isModel(r, model) && Double.valueOf(size).equals(RunView.number(r, Models.DOCUMENT_SIZE))) {
                out.addAll(KeySeries.of(r, "information_retention"));
            }
        }
        view.ok("model_loading").forEach(r -> out.addAll(KeySeries.of(r, "load_time_ms")));
        atBatch(out, view, "inference_latency", "latency_p50_ms", model, true);
        atBatch(out, view, "inference_latency", "latency_p99_ms", model, true);
        atBatch(out, view, "batch_processing", "throughput_tokens_per_second", model, false);
        return out;
    }

    private static void atBatch(
            List<KeySeries> out, RunView view, String benchmark, String metric, String model, boolean smallest) {
        List<Double> batches = view.numbers(benchmark, Models.BATCH_SIZE);
        if (batches.isEmpty()) {
            return;
        }
        Double batch = smallest ? batches.get(0) : batches.get(batches.size() - 1);
        view.ok(benchmark).stream()
                .filter(r -> isModel(r, model) && batch.equals(RunView.number(r, Models.BATCH_SIZE)))
                .forEach(r -> out.addAll(KeySeries.of(r, metric)));
    }

    private static boolean isModel(BenchmarkResult r, String model) {
        return model.equals(Models.model(r));
    }

    private static String defaultModel(RunView view) {
        List<String> models = view.texts("compression_speed", Models.MODEL);
        if (models.isEmpty()) {
            models = view.texts("inference_latency", Models.MODEL);
        }
        return models.contains(DEFAULT_MODEL) || models.isEmpty() ? DEFAULT_MODEL : models.get(0);
    }
}
