package org.rfcc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.PlotChecks.category;
import static org.rfcc.bench.report.PlotChecks.keys;
import static org.rfcc.bench.report.PlotChecks.named;
import static org.rfcc.bench.report.PlotChecks.names;
import static org.rfcc.bench.report.PlotChecks.seriesKeys;
import static org.rfcc.bench.report.PlotChecks.value;
import static org.rfcc.bench.report.PlotChecks.xy;
import static org.rfcc.bench.report.PlotChecks.y;
import static org.rfcc.bench.report.PlotFixtures.exact;
import static org.rfcc.bench.report.PlotFixtures.params;
import static org.rfcc.bench.report.PlotFixtures.result;

import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.report.Plot;
import org.rfcc.bench.report.PlotFixtures;
import org.rfcc.bench.report.Plots;
import org.rfcc.bench.report.ReportData;

final class RfccPlotsTest {
    private final PlotFixtures fixtures = new PlotFixtures();

    private static List<Plot> plots(RunRecord run) {
        return Plots.of(new ReportData(run, List.of(), false));
    }

    @Test
    void plots_fullMatrix_haveEveryNonDetailedPlotInReportOrder() {
        RunRecord run = fixtures.fullMatrix();
        List<Plot> plots = Plots.of(new ReportData(run, fixtures.trends(3, 10), false));

        assertThat(names(plots))
                .containsExactly(
                        "compression_speed_rfcc-base-2x",
                        "compression_speed_rfcc-base-4x",
                        "compression_speed_rfcc-base-8x",
                        "memory_rfcc-base-2x",
                        "memory_rfcc-base-4x",
                        "memory_rfcc-base-8x",
                        "retention_rfcc-base-2x",
                        "retention_rfcc-base-4x",
                        "retention_rfcc-base-8x",
                        "latency",
                        "batch",
                        "trend_0",
                        "trend_1",
                        "trend_2");
        assertThat(plots).allSatisfy(p -> {
            assertThat(p.chart().getTitle().getText()).isNotBlank();
            assertThat(p.caption()).endsWith(".");
            assertThat(p.chart().getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
            assertThat(p.chart().getAntiAlias()).isTrue();
        });
    }

    @Test
    void compressionSpeed_aLinePerRatio_withTheRunsValues_onALogAxis() {
        RunRecord run = fixtures.fullMatrix();
        Plot p = named(plots(run), "compression_speed_rfcc-base-4x");

        XYDataset data = xy(p).getDataset();
        assertThat(seriesKeys(data)).containsExactly("ratio 2", "ratio 4", "ratio 8", "ratio 16", "ratio 32");
        assertThat(data.getItemCount(0)).isEqualTo(5);
        assertThat(y(data, "ratio 8", 10000))
                .isEqualTo(value(
                        run.results(),
                        "compression_speed",
                        "tokens_per_second",
                        "model",
                        "rfcc-base-4x",
                        "document_size",
                        10000,
                        "compression_ratio",
                        8));
        assertThat(xy(p).getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(xy(p).getDomainAxis().getLabel()).contains("tokens");
        assertThat(xy(p).getRangeAxis().getLabel()).isEqualTo("throughput (tokens/s)");
        assertThat(p.chart().getLegend()).isNotNull();
    }

    @Test
    void memory_peakRssAndHeap_theMaximumOverRatios() {
        RunRecord run = fixtures.fullMatrix();
        Plot p = named(plots(run), "memory_rfcc-base-2x");

        XYDataset data = xy(p).getDataset();
        assertThat(seriesKeys(data)).containsExactly("peak RSS", "peak heap");
        double max = PlotFixtures.RATIOS.stream()
                .mapToDouble(r -> value(
                        run.results(),
                        "memory_usage",
                        "peak_rss_mb",
                        "model",
                        "rfcc-base-2x",
                        "document_size",
                        50000,
                        "compression_ratio",
                        r))
                .max()
                .orElseThrow();
        assertThat(y(data, "peak RSS", 50000)).isEqualTo(max);
        assertThat(p.caption()).contains("maximum over compression ratios");
        assertThat(xy(p).getRangeAxis().getLabel()).isEqualTo("memory (MB)");
    }

    @Test
    void retention_drawsOnlyTheMeasuredLines_meanOverSizes() {
        List<BenchmarkResult> results = Stream.of(1000, 10000)
                .flatMap(size -> Stream.of(2, 8)
                        .map(ratio -> result(
                                "compression",
                                "compression_ratio",
                                params("model", "m", "document_size", size, "compression_ratio", ratio),
                                "information_retention",
                                exact("score", size == 1000 ? 0.9 : 0.7),
                                "information_retention_random",
                                exact("score", 1.0 / ratio))))
                .toList();
        Plot p = named(plots(PlotFixtures.run(results)), "retention_m");

        CategoryDataset data = category(p).getDataset();
        assertThat(keys(data.getRowKeys())).containsExactly("RFCC with query", "random baseline");
        assertThat(keys(data.getColumnKeys())).containsExactly("2", "8");
        assertThat(data.getValue("RFCC with query", "8").doubleValue())
                .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(data.getValue("random baseline", "8").doubleValue()).isEqualTo(0.125);
        assertThat(p.caption()).contains("mean over document sizes").contains("random baseline");
    }

    @Test
    void retention_fullMatrix_hasRfccAndBothBaselines_ratiosInNumericOrder() {
        Plot p = named(plots(fixtures.fullMatrix()), "retention_rfcc-base-8x");

        CategoryDataset data = category(p).getDataset();
        assertThat(keys(data.getRowKeys()))
                .containsExactly("RFCC with query", "RFCC without query", "random baseline", "lead-N baseline");
        assertThat(keys(data.getColumnKeys())).containsExactly("2", "4", "8", "16", "32");
    }

    @Test
    void latency_p50AndP99PerModel_againstBatchSize() {
        RunRecord run = fixtures.fullMatrix();
        Plot p = named(plots(run), "latency");

        XYDataset data = xy(p).getDataset();
        assertThat(seriesKeys(data))
                .containsExactly(
                        "rfcc-base-2x p50",
                        "rfcc-base-2x p99",
                        "rfcc-base-4x p50",
                        "rfcc-base-4x p99",
                        "rfcc-base-8x p50",
                        "rfcc-base-8x p99");
        assertThat(y(data, "rfcc-base-8x p99", 16))
                .isEqualTo(value(
                        run.results(),
                        "inference_latency",
                        "latency_p99_ms",
                        "model",
                        "rfcc-base-8x",
                        "batch_size",
                        16));
        assertThat(xy(p).getRangeAxis().getLabel()).isEqualTo("latency (ms)");
        assertThat(xy(p).getRenderer().getSeriesPaint(0))
                .isEqualTo(xy(p).getRenderer().getSeriesPaint(1));
    }

    @Test
    void batch_throughputOnTheLeftAxis_efficiencyOnTheRight() {
        RunRecord run = fixtures.fullMatrix();
        XYPlot plot = xy(named(plots(run), "batch"));

        assertThat(seriesKeys(plot.getDataset(0))).contains("rfcc-base-4x throughput");
        assertThat(seriesKeys(plot.getDataset(1))).contains("rfcc-base-4x efficiency");
        assertThat(plot.getRangeAxisForDataset(0).getLabel()).isEqualTo("throughput (tokens/s)");
        assertThat(plot.getRangeAxisForDataset(1).getLabel()).isEqualTo("batch efficiency (ratio)");
        assertThat(plot.getRangeAxisIndex(plot.getRangeAxisForDataset(1))).isEqualTo(1);
        assertThat(y(plot.getDataset(1), "rfcc-base-4x efficiency", 1)).isEqualTo(1.0);
    }

    @Test
    void plots_withoutInferenceResults_haveNoLatencyChart() {
        List<BenchmarkResult> compressionOnly = fixtures.fullResults(List.of("m")).stream()
                .filter(r -> r.suite().equals("compression"))
                .toList();

        assertThat(names(plots(PlotFixtures.run(compressionOnly))))
                .doesNotContain("latency", "batch")
                .contains("compression_speed_m", "memory_m", "retention_m");
    }

    @Test
    void stages_detailed_stackedPerSize_atTheMiddleConfiguredRatio() {
        RunRecord run = fixtures.fullMatrix();
        Plot p = named(Plots.of(new ReportData(run, List.of(), true)), "stages_rfcc-base-2x");

        CategoryDataset data = category(p).getDataset();
        assertThat(keys(data.getRowKeys())).containsExactly("split", "tokenize", "embed", "select");
        assertThat(keys(data.getColumnKeys())).containsExactly("1,000", "5,000", "10,000", "50,000", "100,000");
        assertThat(data.getValue("embed", "10,000").doubleValue())
                .isEqualTo(value(
                        run.results(),
                        "compression_stages",
                        "embed_ms",
                        "model",
                        "rfcc-base-2x",
                        "document_size",
                        10000,
                        "compression_ratio",
                        8));
        assertThat(category(p).getRenderer()).isInstanceOf(org.jfree.chart.renderer.category.StackedBarRenderer.class);
        assertThat(p.caption()).contains("compression ratio 8 (the middle configured ratio)");
    }

    @Test
    void stages_withoutConfig_takeTheMiddleMeasuredRatio_andOnlyTheMeasuredStages() {
        List<BenchmarkResult> results = Stream.of(2, 4, 16)
                .map(ratio -> result(
                        "compression",
                        "compression_stages",
                        params("model", "m", "document_size", 1000, "compression_ratio", ratio),
                        "embed_ms",
                        exact("ms", ratio),
                        "select_ms",
                        exact("ms", 1)))
                .toList();
        Plot p = named(Plots.of(new ReportData(PlotFixtures.run(results), List.of(), true)), "stages_m");

        assertThat(keys(category(p).getDataset().getRowKeys())).containsExactly("embed", "select");
        assertThat(category(p).getDataset().getValue("embed", "1,000")).isEqualTo(4.0);
        assertThat(p.caption()).contains("compression ratio 4 (the middle measured ratio)");
    }
}
