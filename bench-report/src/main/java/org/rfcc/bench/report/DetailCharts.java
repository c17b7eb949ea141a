package org.rfcc.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;

/** The detailed report's plots: the spread of every repeated metric. */
final class DetailCharts {
    private DetailCharts() {}

    /**
     * {@code distribution_<metric>} for every metric with more than one sample in some result, one
     * plot per benchmark measuring it; a metric that several benchmarks measure (a throughput, say)
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
        String group = groupParam(results);
        for (BenchmarkResult r : results) {
            Metric m = r.metrics().get(metric);
            units.add(m.unit());
            String column = compactParams(r.params(), group, shortKeys);
            List<Double> samples = m.samples().stream().flatMap(List::stream).toList();
            data.add(
                    samples,
                    group == null ? benchmark : String.valueOf(r.params().get(group)),
                    column.isEmpty() ? "all" : column);
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
        String legend = Extensions.paramLabels().stream()
                .filter(l -> shortKeys.contains(l.shortName()))
                .map(ReportExtension.ParamLabel::meaning)
                .distinct()
                .collect(Collectors.joining(", "));
        return new Plot(
                "distribution_" + Plots.slug(shared ? benchmark + "_" + metric : metric),
                title,
                "Every sample of " + metric + " of " + benchmark + " in " + unit
                        + " (all forks and iterations) per parameter combination,"
                        + (data.getRowCount() > 1 ? " a colour per " + group + "," : "")
                        + " boxes spanning the quartiles with the median inside and whiskers to the furthest sample"
                        + " within 1.5 interquartile ranges" + (legend.isEmpty() ? "" : "; " + legend) + ".",
                chart);
    }

    /**
     * The param whose values colour the boxes: the first that every result has as text (a model,
     * an implementation), or null when there is none.
     */
    static String groupParam(List<BenchmarkResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        for (String param : results.get(0).params().keySet()) {
            if (results.stream().allMatch(r -> r.params().get(param) instanceof String)) {
                return param;
            }
        }
        return null;
    }

    /** The params but {@code group} as {@code n=1k r=4}, remembering which short names were used. */
    static String compactParams(Map<String, Object> params, String group, Set<String> shortKeys) {
        Map<String, String> shortNames = new LinkedHashMap<>();
        Extensions.paramLabels().forEach(l -> shortNames.putIfAbsent(l.param(), l.shortName()));
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (k.equals(group)) {
                return;
            }
            String key = shortNames.getOrDefault(k, k);
            if (shortNames.containsKey(k)) {
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
}
