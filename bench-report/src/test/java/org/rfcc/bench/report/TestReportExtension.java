package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;

/**
 * A report extension for this module's tests only (not in its test jar): a line chart per model
 * of {@code compression_speed}'s tokens/s over document size, and one {@code latency} chart, so
 * that the tests see extension plots go through names, files and escaping like any other.
 */
public final class TestReportExtension implements ReportExtension {
    @Override
    public List<Plot> plots(ReportData data) {
        RunRecord run = data.run();
        Map<String, XYSeries> byModel = new LinkedHashMap<>();
        for (BenchmarkResult r : PlotData.having(PlotData.ok(run, "compression_speed"), "tokens_per_second")) {
            String model = String.valueOf(r.params().getOrDefault("model", ""));
            byModel.computeIfAbsent(model, m -> new XYSeries(m.isEmpty() ? "speed" : m))
                    .addOrUpdate(PlotData.number(r, "document_size"), PlotData.value(r, "tokens_per_second"));
        }
        List<Plot> plots = new ArrayList<>();
        byModel.forEach(
                (model, series) -> plots.add(chart(Plots.name("compression_speed", model), "Speed " + model, series)));
        List<BenchmarkResult> latency = PlotData.having(PlotData.ok(run, "inference_latency"), "latency_p50_ms");
        if (!latency.isEmpty()) {
            XYSeries s = new XYSeries(String.valueOf(latency.get(0).params().getOrDefault("model", "p50")));
            latency.forEach(r -> s.addOrUpdate(PlotData.number(r, "batch_size"), PlotData.value(r, "latency_p50_ms")));
            plots.add(chart("latency", "Latency of " + s.getKey(), s));
        }
        return plots;
    }

    @Override
    public List<ParamLabel> paramLabels() {
        return List.of(
                new ParamLabel("document_size", "n", "n = document size in tokens"),
                new ParamLabel("compression_ratio", "r", "r = compression ratio"));
    }

    private static Plot chart(String name, String title, XYSeries series) {
        XYPlot plot = new XYPlot(
                new XYSeriesCollection(series),
                PlotStyle.numberAxis("x", false),
                PlotStyle.numberAxis("y", true),
                new XYLineAndShapeRenderer());
        return new Plot(
                name, title, "A test chart of " + title + ".", PlotStyle.finish(new JFreeChart(title, plot), 1));
    }
}
