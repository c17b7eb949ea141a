package org.rfcc.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.report.Plot;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.report.ReportExtension;
import org.rfcc.bench.report.RunView;

/**
 * RFCC's part of the report: per model the compression speed, memory and retention plots, the
 * latency and batch plots, the headline tables, and in a detailed report the time per stage.
 */
public final class RfccReport implements ReportExtension {
    @Override
    public List<Plot> plots(ReportData data) {
        RunRecord run = data.run();
        List<Plot> plots = new ArrayList<>();
        plots.addAll(CompressionCharts.speed(run));
        plots.addAll(CompressionCharts.memory(run));
        plots.addAll(CompressionCharts.retention(run));
        InferenceCharts.latency(run).ifPresent(plots::add);
        InferenceCharts.batch(run).ifPresent(plots::add);
        if (data.detailed()) {
            plots.addAll(StageCharts.plots(run));
        }
        return plots;
    }

    @Override
    public void summary(StringBuilder html, RunRecord run) {
        Headlines.render(html, new RunView(run));
    }

    @Override
    public void details(StringBuilder html, RunRecord run) {
        StageCharts.table(html, run);
    }

    @Override
    public List<ParamLabel> paramLabels() {
        return List.of(
                new ParamLabel(Models.DOCUMENT_SIZE, "n", "n = document size in tokens"),
                new ParamLabel(Models.COMPRESSION_RATIO, "r", "r = compression ratio"),
                new ParamLabel(Models.BATCH_SIZE, "b", "b = batch size"));
    }
}
