package org.rfcc.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.report.Html;
import org.rfcc.bench.report.RunView;

/**
 * The headline figures of the executive summary: compression speed at each document size,
 * retention at each ratio, and per model its load time, p99 latency and best batch throughput.
 * A table appears only when the run measured what it shows.
 */
final class Headlines {
    /** The ratio whose speed the summary shows: the product's default, 4x, or the nearest measured. */
    static final double HEADLINE_RATIO = 4;

    private Headlines() {}

    static void render(StringBuilder h, RunView view) {
        speed(h, view);
        retention(h, view);
        models(h, view);
    }

    private static void speed(StringBuilder h, RunView view) {
        List<Double> ratios = view.numbers("compression_speed", "compression_ratio");
        List<Double> sizes = view.numbers("compression_speed", "document_size");
        if (ratios.isEmpty() || sizes.isEmpty()) {
            return;
        }
        double ratio = RunView.closest(ratios, HEADLINE_RATIO);
        h.append("<h3>Compression speed (tokens/s at ratio ")
                .append(Html.number(ratio))
                .append(")</h3><table><thead><tr><th>model</th>");
        sizes.forEach(s -> h.append("<th>").append(Html.number(s)).append(" tokens</th>"));
        h.append("</tr></thead><tbody>");
        for (String model : view.texts("compression_speed", "model")) {
            h.append("<tr><th>").append(Html.text(model)).append("</th>");
            for (double size : sizes) {
                Optional<BenchmarkResult> r = view.ok("compression_speed").stream()
                        .filter(x -> model.equals(String.valueOf(x.params().get("model")))
                                && Double.valueOf(size).equals(RunView.number(x, "document_size"))
                                && Double.valueOf(ratio).equals(RunView.number(x, "compression_ratio")))
                        .findFirst();
                cell(h, r.map(x -> RunView.value(x, "tokens_per_second")).orElse(null));
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static void retention(StringBuilder h, RunView view) {
        List<Double> ratios = view.numbers("compression_ratio", "compression_ratio");
        if (ratios.isEmpty()) {
            return;
        }
        h.append("<h3>Information retention (RFCC with the query, mean over document sizes)</h3>")
                .append("<table><thead><tr><th>model</th>");
        ratios.forEach(r -> h.append("<th>").append(Html.number(r)).append("x</th>"));
        h.append("</tr></thead><tbody>");
        for (String model : view.texts("compression_ratio", "model")) {
            RunView.SortedValues v =
                    view.values("compression_ratio", "information_retention", "model", model, "compression_ratio");
            h.append("<tr><th>").append(Html.text(model)).append("</th>");
            ratios.forEach(r -> cell(h, boxed(v.mean(r))));
            h.append("</tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static void models(StringBuilder h, RunView view) {
        List<String> models = view.texts("model_loading", "model");
        List<String> inference = view.texts("inference_latency", "model");
        List<String> all = java.util.stream.Stream.concat(models.stream(), inference.stream())
                .distinct()
                .toList();
        if (all.isEmpty()) {
            return;
        }
        List<Double> batches = view.numbers("inference_latency", "batch_size");
        h.append("<h3>Models and inference</h3><table><thead><tr><th>model</th><th>load time (ms)</th>")
                .append("<th>p99 latency (ms")
                .append(batches.isEmpty() ? "" : ", batch " + Html.number(batches.get(0)))
                .append(")</th><th>best throughput (tokens/s)</th><th>at batch</th><th>batch efficiency</th>")
                .append("</tr></thead><tbody>");
        for (String model : all) {
            h.append("<tr><th>").append(Html.text(model)).append("</th>");
            cell(h, first(view, "model_loading", model, "load_time_ms", null));
            cell(
                    h,
                    batches.isEmpty()
                            ? null
                            : first(view, "inference_latency", model, "latency_p99_ms", batches.get(0)));
            Optional<BenchmarkResult> best = view.ok("batch_processing").stream()
                    .filter(r -> model.equals(String.valueOf(r.params().get("model")))
                            && RunView.value(r, "throughput_tokens_per_second") != null)
                    .max(Comparator.comparingDouble(r -> RunView.value(r, "throughput_tokens_per_second")));
            cell(
                    h,
                    best.map(r -> RunView.value(r, "throughput_tokens_per_second"))
                            .orElse(null));
            cell(h, best.map(r -> RunView.number(r, "batch_size")).orElse(null));
            cell(h, best.map(r -> RunView.value(r, "batch_efficiency")).orElse(null));
            h.append("</tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static Double first(RunView view, String benchmark, String model, String metric, Double batch) {
        return view.ok(benchmark).stream()
                .filter(r -> model.equals(String.valueOf(r.params().get("model")))
                        && (batch == null || batch.equals(RunView.number(r, "batch_size"))))
                .map(r -> RunView.value(r, metric))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static void cell(StringBuilder h, Double v) {
        h.append("<td class=\"n\">").append(v == null ? "–" : Html.number(v)).append("</td>");
    }
}
