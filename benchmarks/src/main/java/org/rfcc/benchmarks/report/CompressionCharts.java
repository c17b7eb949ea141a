package org.rfcc.benchmarks.report;

import static org.rfcc.benchmarks.report.Models.COMPRESSION_RATIO;
import static org.rfcc.benchmarks.report.Models.DOCUMENT_SIZE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.report.Plot;
import org.rfcc.bench.report.PlotData;
import org.rfcc.bench.report.PlotStyle;
import org.rfcc.bench.report.Plots;

/** The compression suite's plots, one of each kind per model: speed, memory and retention. */
final class CompressionCharts {
    /** The retention metrics of {@code compression_ratio}, RFCC first, then the baselines. */
    private static final List<Line> RETENTION = List.of(
            new Line("information_retention", "RFCC with query", false),
            new Line("information_retention_no_query", "RFCC without query", false),
            new Line("information_retention_random", "random baseline", true),
            new Line("information_retention_lead_n", "lead-N baseline", true));

    private static final String SIZE_LABEL = "document size (tokens, log scale)";

    private CompressionCharts() {}

    private record Line(String metric, String label, boolean dashed) {}

    /** {@code compression_speed_<model>}: tokens/s against document size, a line per ratio. */
    static List<Plot> speed(RunRecord run) {
        List<BenchmarkResult> results = PlotData.having(PlotData.ok(run, "compression_speed"), "tokens_per_second");
        String unit = PlotData.unit(results, "tokens_per_second", "tokens/s");
        List<Plot> plots = new ArrayList<>();
        for (String model : Models.models(results)) {
            Map<Double, XYSeries> byRatio = new TreeMap<>();
            for (BenchmarkResult r : Models.ofModel(results, model)) {
                double ratio = PlotData.number(r, COMPRESSION_RATIO);
                double size = PlotData.number(r, DOCUMENT_SIZE);
                double v = PlotData.value(r, "tokens_per_second");
                if (Double.isFinite(ratio) && size > 0 && Double.isFinite(v)) {
                    byRatio.computeIfAbsent(ratio, k -> new XYSeries("ratio " + PlotData.plain(k), true, false))
                            .addOrUpdate(size, v);
                }
            }
            if (byRatio.isEmpty()) {
                continue;
            }
            XYSeriesCollection data = new XYSeriesCollection();
            byRatio.values().forEach(data::addSeries);
            JFreeChart chart = xyLines(
                    Models.title("Compression speed", model),
                    data,
                    PlotStyle.numberAxis("throughput (" + unit + ")", true));
            plots.add(new Plot(
                    Plots.name("compression_speed", model),
                    Models.title("Compression speed", model),
                    "Compression throughput" + Models.of(model) + " in " + unit
                            + " against document size (log scale), one line per compression ratio.",
                    chart));
        }
        return plots;
    }

    /** {@code memory_<model>}: peak RSS and heap against document size, the maximum over ratios. */
    static List<Plot> memory(RunRecord run) {
        List<BenchmarkResult> results = PlotData.ok(run, "memory_usage");
        List<Line> lines =
                List.of(new Line("peak_rss_mb", "peak RSS", false), new Line("peak_heap_mb", "peak heap", true));
        List<Plot> plots = new ArrayList<>();
        for (String model : Models.models(results)) {
            List<BenchmarkResult> rs = Models.ofModel(results, model);
            XYSeriesCollection data = new XYSeriesCollection();
            List<Line> drawn = new ArrayList<>();
            for (Line line : lines) {
                XYSeries s = new XYSeries(line.label(), true, false);
                for (BenchmarkResult r : rs) {
                    double size = PlotData.number(r, DOCUMENT_SIZE);
                    double v = PlotData.value(r, line.metric());
                    if (size > 0 && Double.isFinite(v)) {
                        int i = s.indexOf(size);
                        if (i < 0 || s.getY(i).doubleValue() < v) {
                            s.addOrUpdate(size, v);
                        }
                    }
                }
                if (!s.isEmpty()) {
                    data.addSeries(s);
                    drawn.add(line);
                }
            }
            if (drawn.isEmpty()) {
                continue;
            }
            String unit = PlotData.unit(rs, drawn.get(0).metric(), "MB");
            JFreeChart chart = xyLines(
                    Models.title("Peak memory", model), data, PlotStyle.numberAxis("memory (" + unit + ")", true));
            dashes(((XYPlot) chart.getPlot()).getRenderer(), drawn);
            plots.add(new Plot(
                    Plots.name("memory", model),
                    Models.title("Peak memory", model),
                    labels(drawn, " and ", true) + Models.of(model) + " in " + unit
                            + " against document size (log scale), the maximum over compression ratios.",
                    chart));
        }
        return plots;
    }

    /** {@code retention_<model>}: retention per ratio for RFCC and the baselines, mean over sizes. */
    static List<Plot> retention(RunRecord run) {
        List<BenchmarkResult> results = PlotData.ok(run, "compression_ratio");
        List<Plot> plots = new ArrayList<>();
        for (String model : Models.models(results)) {
            List<BenchmarkResult> rs = Models.ofModel(results, model);
            Map<Line, Map<Double, double[]>> means = new LinkedHashMap<>();
            TreeSet<Double> ratios = new TreeSet<>();
            for (Line line : RETENTION) {
                Map<Double, double[]> sums = new TreeMap<>();
                for (BenchmarkResult r : rs) {
                    double ratio = PlotData.number(r, COMPRESSION_RATIO);
                    double v = PlotData.value(r, line.metric());
                    if (Double.isFinite(ratio) && Double.isFinite(v)) {
                        double[] sum = sums.computeIfAbsent(ratio, k -> new double[2]);
                        sum[0] += v;
                        sum[1]++;
                    }
                }
                if (!sums.isEmpty()) {
                    means.put(line, sums);
                    ratios.addAll(sums.keySet());
                }
            }
            if (means.isEmpty()) {
                continue;
            }
            // every row over the same sorted ratios, so the columns come out in numeric order
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            means.forEach((line, sums) -> ratios.forEach(ratio -> {
                double[] sum = sums.get(ratio);
                data.addValue(sum == null ? null : sum[0] / sum[1], line.label(), PlotData.plain(ratio));
            }));
            List<Line> drawn = new ArrayList<>(means.keySet());
            String unit = PlotData.unit(rs, drawn.get(0).metric(), "score");
            NumberAxis y = PlotStyle.numberAxis("information retention (" + unit + ")", true);
            y.setRange(0.0, 1.05);
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < drawn.size(); i++) {
                renderer.setSeriesPaint(i, PlotStyle.color(i));
                renderer.setSeriesStroke(i, drawn.get(i).dashed() ? PlotStyle.dashed() : PlotStyle.line());
            }
            CategoryPlot plot =
                    new CategoryPlot(data, new CategoryAxis("target compression ratio (log₂ spacing)"), y, renderer);
            JFreeChart chart =
                    new JFreeChart(Models.title("Information retention", model), PlotStyle.TITLE_FONT, plot, true);
            plots.add(new Plot(
                    Plots.name("retention", model),
                    Models.title("Information retention", model),
                    "Information retention" + Models.of(model)
                            + " by compression ratio, the mean over document sizes, for " + labels(drawn, ", ", false)
                            + ".",
                    PlotStyle.finish(chart, drawn.size())));
        }
        return plots;
    }

    /** A line chart over document sizes on a log axis, one palette colour per series. */
    static JFreeChart xyLines(String title, XYSeriesCollection data, NumberAxis y) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PlotStyle.color(i));
            renderer.setSeriesStroke(i, PlotStyle.line());
        }
        XYPlot plot = new XYPlot(data, PlotStyle.logAxis(SIZE_LABEL), y, renderer);
        return PlotStyle.finish(new JFreeChart(title, PlotStyle.TITLE_FONT, plot, true), data.getSeriesCount());
    }

    private static void dashes(XYItemRenderer renderer, List<Line> drawn) {
        for (int i = 0; i < drawn.size(); i++) {
            renderer.setSeriesStroke(i, drawn.get(i).dashed() ? PlotStyle.dashed() : PlotStyle.line());
        }
    }

    private static String labels(List<Line> lines, String separator, boolean capitalised) {
        String joined = lines.stream().map(Line::label).collect(Collectors.joining(separator));
        return capitalised ? Character.toUpperCase(joined.charAt(0)) + joined.substring(1) : joined;
    }
}
