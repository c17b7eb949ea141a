package org.rfcc.benchmarks.report;

import static org.rfcc.benchmarks.report.Models.BATCH_SIZE;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.report.Plot;
import org.rfcc.bench.report.PlotData;
import org.rfcc.bench.report.PlotStyle;

/** The inference suite's plots over batch sizes, one colour per model: latency and batch throughput. */
final class InferenceCharts {
    private InferenceCharts() {}

    /** {@code latency}: p50 (solid) and p99 (dashed) latency against batch size, a colour per model. */
    static Optional<Plot> latency(RunRecord run) {
        List<BenchmarkResult> results = PlotData.ok(run, "inference_latency");
        List<String> models = Models.models(results);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int m = 0; m < models.size(); m++) {
            List<BenchmarkResult> rs = Models.ofModel(results, models.get(m));
            add(data, renderer, series(rs, "latency_p50_ms", label(models.get(m), "p50")), m, false);
            add(data, renderer, series(rs, "latency_p99_ms", label(models.get(m), "p99")), m, true);
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        String unit = PlotData.unit(results, "latency_p50_ms", "ms");
        XYPlot plot = new XYPlot(
                data,
                PlotStyle.integerAxis("batch size"),
                PlotStyle.numberAxis("latency (" + unit + ")", true),
                renderer);
        String title = "Inference latency";
        return Optional.of(new Plot(
                "latency",
                title,
                "Median (p50, solid) and 99th-percentile (p99, dashed) inference latency in " + unit
                        + " against batch size, one colour per model.",
                PlotStyle.finish(new JFreeChart(title, PlotStyle.TITLE_FONT, plot, true), data.getSeriesCount())));
    }

    /** {@code batch}: throughput (left axis, solid) and batch efficiency (right axis, dashed) per model. */
    static Optional<Plot> batch(RunRecord run) {
        List<BenchmarkResult> results = PlotData.ok(run, "batch_processing");
        List<String> models = Models.models(results);
        XYSeriesCollection throughput = new XYSeriesCollection();
        XYSeriesCollection efficiency = new XYSeriesCollection();
        XYLineAndShapeRenderer left = new XYLineAndShapeRenderer(true, true);
        XYLineAndShapeRenderer right = new XYLineAndShapeRenderer(true, true);
        for (int m = 0; m < models.size(); m++) {
            List<BenchmarkResult> rs = Models.ofModel(results, models.get(m));
            add(
                    throughput,
                    left,
                    series(rs, "throughput_tokens_per_second", label(models.get(m), "throughput")),
                    m,
                    false);
            add(efficiency, right, series(rs, "batch_efficiency", label(models.get(m), "efficiency")), m, true);
        }
        int count = throughput.getSeriesCount() + efficiency.getSeriesCount();
        if (count == 0) {
            return Optional.empty();
        }
        String tpUnit = PlotData.unit(results, "throughput_tokens_per_second", "tokens/s");
        String effUnit = PlotData.unit(results, "batch_efficiency", "ratio");
        NumberAxis tpAxis = PlotStyle.numberAxis("throughput (" + tpUnit + ")", true);
        NumberAxis effAxis = PlotStyle.numberAxis("batch efficiency (" + effUnit + ")", true);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(PlotStyle.integerAxis("batch size"));
        String caption;
        if (throughput.getSeriesCount() > 0 && efficiency.getSeriesCount() > 0) {
            plot.setRangeAxis(0, tpAxis);
            plot.setRangeAxis(1, effAxis);
            plot.setDataset(0, throughput);
            plot.setRenderer(0, left);
            plot.setDataset(1, efficiency);
            plot.setRenderer(1, right);
            plot.mapDatasetToRangeAxis(1, 1);
            caption = "Batch throughput in " + tpUnit + " (left axis, solid) and batch efficiency, the throughput at"
                    + " batch b ÷ the throughput at batch 1 (right axis, dashed), against batch size, one colour per"
                    + " model.";
        } else if (throughput.getSeriesCount() > 0) {
            plot.setRangeAxis(tpAxis);
            plot.setDataset(throughput);
            plot.setRenderer(left);
            caption = "Batch throughput in " + tpUnit + " against batch size, one line per model.";
        } else {
            plot.setRangeAxis(effAxis);
            plot.setDataset(efficiency);
            plot.setRenderer(right);
            caption = "Batch efficiency, the throughput at batch b ÷ the throughput at batch 1, against batch size,"
                    + " one line per model.";
        }
        String title = "Batch processing";
        return Optional.of(new Plot(
                "batch",
                title,
                caption,
                PlotStyle.finish(new JFreeChart(title, PlotStyle.TITLE_FONT, plot, true), count)));
    }

    private static XYSeries series(List<BenchmarkResult> rs, String metric, String key) {
        XYSeries s = new XYSeries(key, true, false);
        for (BenchmarkResult r : rs) {
            double batch = PlotData.number(r, BATCH_SIZE);
            double v = PlotData.value(r, metric);
            if (Double.isFinite(batch) && Double.isFinite(v)) {
                s.addOrUpdate(batch, v);
            }
        }
        return s;
    }

    private static void add(
            XYSeriesCollection data, XYLineAndShapeRenderer renderer, XYSeries s, int model, boolean dashed) {
        if (s.isEmpty()) {
            return;
        }
        int i = data.getSeriesCount();
        data.addSeries(s);
        renderer.setSeriesPaint(i, PlotStyle.color(model));
        renderer.setSeriesStroke(i, dashed ? PlotStyle.dashed() : PlotStyle.line());
        renderer.setSeriesShape(i, PlotStyle.shape(model));
    }

    private static String label(String model, String what) {
        return model.isEmpty() ? what : model + " " + what;
    }
}
