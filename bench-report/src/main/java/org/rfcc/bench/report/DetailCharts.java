package org.rfcc.bench.report;

import static org.rfcc.bench.report.PlotData.COMPRESSION_RATIO;
import static org.rfcc.bench.report.PlotData.DOCUMENT_SIZE;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;

/** The detailed report's plots: the spread of every repeated metric, and where compression spends its time. */
final class DetailCharts {
    /** Short names of the well-known params in category labels, explained in the caption. */
    private static final Map<String, String> SHORT =
            Map.of(DOCUMENT_SIZE, "n", COMPRESSION_RATIO, "r", PlotData.BATCH_SIZE, "b");

    private static final Map<String, String> SHORT_MEANING =
            Map.of("n", "n = document size in tokens", "r", "r = compression ratio", "b", "b = batch size");

    /** The timed stages of {@code compression_stages}, in pipeline order. */
    private static final Map<String, String> STAGES = stages();

    private DetailCharts() {}

    private static Map<String, String> stages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("split_ms", "split");
        m.put("tokenize_ms", "tokenize");
        m.put("embed_ms", "embed");
        m.put("select_ms", "select");
        return m;
    }

    /**
     * {@code distribution_<metric>} for every metric with more than one sample in some result, one
     * plot per benchmark measuring it; a metric that several benchmarks measure (tokens_per_second)
     * gets {@code distribution_<benchmark>_<metric>} for each, since their scales differ.
     */
    static List<Plot> distributions(RunRecord run) {
        List<BenchmarkResult> ok =
                run.results().stream().filter(r -> r.status() == Status.OK).toList();
        Map<String, Set<String>> benchmarksByMetric = new LinkedHashMap<>();
        Set<List<String>> repeated = new LinkedHashSet<>();
        for (BenchmarkResult r : ok) {
            r.metrics().forEach((name, m) -> {
                benchmarksByMetric
                        .computeIfAbsent(name, k -> new LinkedHashSet<>())
                        .add(r.benchmark());
                if (m.sampleCount() > 1) {
                    repeated.add(List.of(r.benchmark(), name));
                }
            });
        }
        List<Plot> plots = new ArrayList<>();
        for (List<String> key : repeated) {
            String benchmark = key.get(0);
            String metric = key.get(1);
            List<BenchmarkResult> results = PlotData.having(PlotData.ok(run, benchmark), metric);
            boolean shared = benchmarksByMetric.get(metric).size() > 1;
            plots.add(distribution(benchmark, metric, shared, results));
        }
        return plots;
    }

    private static Plot distribution(String benchmark, String metric, boolean shared, List<BenchmarkResult> results) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        Set<String> shortKeys = new TreeSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (BenchmarkResult r : results) {
            Metric m = r.metrics().get(metric);
            units.add(m.unit());
            String model = PlotData.model(r);
            String column = compactParams(r.params(), shortKeys);
            List<Double> samples = m.samples().stream().flatMap(List::stream).toList();
            data.add(samples, model.isEmpty() ? benchmark : model, column.isEmpty() ? "all" : column);
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setMeanVisible(false);
        renderer.setFillBox(true);
        renderer.setMaximumBarWidth(0.06);
        renderer.setItemMargin(0.05);
        renderer.setWhiskerWidth(0.6);
        renderer.setArtifactPaint(new Color(0x333333));
        renderer.setUseOutlinePaintForWhiskers(false);
        // no extra triangles at the plot edge for far-out samples: the outlier circles show them
        renderer.setMinOutlierVisible(false);
        renderer.setMaxOutlierVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PlotStyle.color(i));
            renderer.setSeriesOutlinePaint(i, new Color(0x333333));
        }
        String unit = String.join(", ", units);
        CategoryAxis x = new CategoryAxis("parameter combination");
        int columns = data.getColumnCount();
        if (columns > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        x.setCategoryMargin(columns > 20 ? 0.1 : 0.2);
        x.setMaximumCategoryLabelWidthRatio(2.0f);
        CategoryPlot plot =
                new CategoryPlot(data, x, PlotStyle.numberAxis(metric + " (" + unit + ")", false), renderer);
        String title = "Distribution of " + metric + (shared ? " (" + benchmark + ")" : "");
        JFreeChart chart =
                PlotStyle.finish(new JFreeChart(title, PlotStyle.TITLE_FONT, plot, true), data.getRowCount());
        if (columns > 20) {
            x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        }
        String legend = shortKeys.stream().map(SHORT_MEANING::get).collect(Collectors.joining(", "));
        return new Plot(
                "distribution_" + Plots.slug(shared ? benchmark + "_" + metric : metric),
                title,
                "Every sample of " + metric + " of " + benchmark + " in " + unit
                        + " (all forks and iterations) per parameter combination,"
                        + (data.getRowCount() > 1 ? " a colour per model," : "")
                        + " boxes spanning the quartiles with the median inside and whiskers to the furthest sample"
                        + " within 1.5 interquartile ranges" + (legend.isEmpty() ? "" : "; " + legend) + ".",
                chart);
    }

    /** The params but the model as {@code n=1k r=4}, remembering which short names were used. */
    static String compactParams(Map<String, Object> params, Set<String> shortKeys) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (k.equals(PlotData.MODEL)) {
                return;
            }
            String key = SHORT.getOrDefault(k, k);
            if (SHORT.containsKey(k)) {
                shortKeys.add(key);
            }
            String value = v instanceof Number n ? PlotData.compact(n.doubleValue()) : String.valueOf(v);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(key).append('=').append(value);
        });
        return b.toString();
    }

    /** {@code stages_<model>}: stacked stage times per document size at the middle configured ratio. */
    static List<Plot> stages(RunRecord run) {
        List<BenchmarkResult> results = PlotData.ok(run, "compression_stages").stream()
                .filter(r -> STAGES.keySet().stream().anyMatch(r.metrics()::containsKey))
                .toList();
        List<Double> configured = new ArrayList<>(new TreeSet<>(PlotData.configuredRatios(run)));
        List<Plot> plots = new ArrayList<>();
        for (String model : PlotData.models(results)) {
            List<BenchmarkResult> rs = PlotData.ofModel(results, model);
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
            String title = CompressionCharts.title("Compression stages", model);
            plots.add(new Plot(
                    Plots.name("stages", model),
                    title,
                    "Time in " + unit + " spent in each compression stage (" + String.join(", ", drawn) + ")"
                            + CompressionCharts.of(model) + " per document size, stacked, at compression ratio "
                            + PlotData.plain(ratio) + " (" + which + ").",
                    PlotStyle.finish(new JFreeChart(title, PlotStyle.TITLE_FONT, plot, true), drawn.size())));
        }
        return plots;
    }

    private static double middle(List<Double> sorted) {
        return sorted.get((sorted.size() - 1) / 2);
    }
}
