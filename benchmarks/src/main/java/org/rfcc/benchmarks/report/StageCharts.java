package org.rfcc.benchmarks.report;

import static org.rfcc.benchmarks.report.Models.COMPRESSION_RATIO;
import static org.rfcc.benchmarks.report.Models.DOCUMENT_SIZE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.report.Html;
import org.rfcc.bench.report.Plot;
import org.rfcc.bench.report.PlotData;
import org.rfcc.bench.report.PlotStyle;
import org.rfcc.bench.report.Plots;
import org.rfcc.bench.report.RunView;

/** Where compression spends its time: the detailed report's stage plots and stage table. */
final class StageCharts {
    /** The timed stages of {@code compression_stages}, in pipeline order, with their labels. */
    private static final Map<String, String> STAGES = stages();

    private StageCharts() {}

    private static Map<String, String> stages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("split_ms", "split");
        m.put("tokenize_ms", "tokenize");
        m.put("embed_ms", "embed");
        m.put("select_ms", "select");
        return m;
    }

    /** {@code stages_<model>}: stacked stage times per document size at the middle configured ratio. */
    static List<Plot> plots(RunRecord run) {
        List<BenchmarkResult> results = PlotData.ok(run, "compression_stages").stream()
                .filter(r -> STAGES.keySet().stream().anyMatch(r.metrics()::containsKey))
                .toList();
        List<Double> configured = new ArrayList<>(new TreeSet<>(Models.configuredRatios(run)));
        List<Plot> plots = new ArrayList<>();
        for (String model : Models.models(results)) {
            List<BenchmarkResult> rs = Models.ofModel(results, model);
            List<Double> measured = new ArrayList<>(new TreeSet<>(rs.stream()
                    .map(r -> PlotData.number(r, COMPRESSION_RATIO))
                    .filter(Double::isFinite)
                    .toList()));
            double ratio;
            String which;
            if (!configured.isEmpty() && measured.contains(middle(configured))) {
                ratio = middle(configured);
                which = "the middle configured ratio";
            } else if (!measured.isEmpty()) {
                ratio = middle(measured);
                which = "the middle measured ratio";
            } else {
                continue;
            }
            Map<Double, BenchmarkResult> bySize = new TreeMap<>();
            for (BenchmarkResult r : rs) {
                double size = PlotData.number(r, DOCUMENT_SIZE);
                if (PlotData.number(r, COMPRESSION_RATIO) == ratio && Double.isFinite(size)) {
                    bySize.put(size, r);
                }
            }
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            List<String> drawn = new ArrayList<>();
            STAGES.forEach((metric, label) -> {
                if (bySize.values().stream().noneMatch(r -> r.metrics().containsKey(metric))) {
                    return;
                }
                drawn.add(label);
                bySize.forEach((size, r) -> {
                    double v = PlotData.value(r, metric);
                    data.addValue(Double.isFinite(v) ? v : null, label, PlotData.grouped(size));
                });
            });
            if (drawn.isEmpty()) {
                continue;
            }
            StackedBarRenderer renderer = new StackedBarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setMaximumBarWidth(0.12);
            for (int i = 0; i < data.getRowCount(); i++) {
                renderer.setSeriesPaint(i, PlotStyle.color(i));
            }
            String unit = PlotData.unit(rs, "split_ms", "ms");
            CategoryPlot plot = new CategoryPlot(
                    data,
                    new CategoryAxis("document size (tokens)"),
                    PlotStyle.numberAxis("time (" + unit + ")", true),
                    renderer);
            String title = Models.title("Compression stages", model);
            plots.add(new Plot(
                    Plots.name("stages", model),
                    title,
                    "Time in " + unit + " spent in each compression stage (" + String.join(", ", drawn) + ")"
                            + Models.of(model) + " per document size, stacked, at compression ratio "
                            + PlotData.plain(ratio) + " (" + which + ").",
                    PlotStyle.finish(new JFreeChart(title, PlotStyle.TITLE_FONT, plot, true), drawn.size())));
        }
        return plots;
    }

    /** The detailed report's table of each compression's time per stage, with each stage's share. */
    static void table(StringBuilder h, RunRecord run) {
        List<BenchmarkResult> rows = new RunView(run).ok("compression_stages");
        if (rows.isEmpty()) {
            return;
        }
        h.append("<h3>Time per stage of the compressor (ms per compression)</h3><table><thead><tr>")
                .append("<th>params</th><th>split</th><th>tokenize</th><th>embed</th><th>select</th><th>shares</th>")
                .append("</tr></thead><tbody>");
        for (BenchmarkResult r : rows) {
            double total = STAGES.keySet().stream()
                    .map(s -> RunView.value(r, s))
                    .filter(v -> v != null)
                    .mapToDouble(Double::doubleValue)
                    .sum();
            h.append("<tr><td>")
                    .append(Html.text(SeriesNames.joined(r.params(), ", ")))
                    .append("</td>");
            for (String stage : STAGES.keySet()) {
                Double v = RunView.value(r, stage);
                h.append("<td class=\"n\">")
                        .append(v == null ? "–" : Html.number(v))
                        .append("</td>");
            }
            String shares = STAGES.entrySet().stream()
                    .filter(s -> RunView.value(r, s.getKey()) != null && total > 0)
                    .map(s -> String.format(
                            Locale.ROOT, "%s %.0f%%", s.getValue(), 100 * RunView.value(r, s.getKey()) / total))
                    .collect(Collectors.joining(", "));
            h.append("<td>").append(shares).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static double middle(List<Double> sorted) {
        return sorted.get((sorted.size() - 1) / 2);
    }
}
