package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rfcc.bench.report.PlotChecks.category;
import static org.rfcc.bench.report.PlotChecks.keys;
import static org.rfcc.bench.report.PlotChecks.named;
import static org.rfcc.bench.report.PlotChecks.names;
import static org.rfcc.bench.report.PlotChecks.xy;
import static org.rfcc.bench.report.PlotFixtures.exact;
import static org.rfcc.bench.report.PlotFixtures.params;
import static org.rfcc.bench.report.PlotFixtures.result;

import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.RunRecord;

final class PlotsTest {
    private final PlotFixtures fixtures = new PlotFixtures();

    private static List<Plot> plots(RunRecord run) {
        return Plots.of(new ReportData(run, List.of(), false));
    }

    @Test
    void plots_onlyFailedResults_haveNoCharts() {
        RunRecord run = PlotFixtures.run(List.of(
                BenchmarkResult.failed(
                        "compression",
                        "compression_speed",
                        params("model", "m", "document_size", 1000, "compression_ratio", 4),
                        "out of memory"),
                BenchmarkResult.failed(
                        "inference", "inference_latency", params("model", "m", "batch_size", 1), "timeout")));

        assertThat(Plots.of(new ReportData(run, List.of(), true))).isEmpty();
    }

    @Test
    void plots_detailedOff_haveNoDistributionOrStagesPlots() {
        List<String> names = names(plots(fixtures.fullMatrix()));

        assertThat(names).noneMatch(n -> n.startsWith("distribution_") || n.startsWith("stages_"));
    }

    @Test
    void trend_valuesInRunOrder_changePointsMarked_thisRunHighlighted() {
        List<Trend.Point> points = List.of(
                new Trend.Point("a", java.time.Instant.EPOCH, null, 10),
                new Trend.Point("b", java.time.Instant.EPOCH, null, 11),
                new Trend.Point("c", java.time.Instant.EPOCH, null, 20),
                new Trend.Point("d", java.time.Instant.EPOCH, null, 21));
        Trend trend = new Trend(
                "inference/inference_latency/latency_p50_ms[model=m,batch_size=1]",
                "ms",
                Direction.LOWER_IS_BETTER,
                points,
                List.of(2),
                3);
        Trend empty = new Trend("x/y/z", "ms", Direction.LOWER_IS_BETTER, List.of(), List.of(), -1);
        List<Plot> plots = Plots.of(new ReportData(PlotFixtures.run(List.of()), List.of(empty, trend), false));

        assertThat(names(plots)).containsExactly("trend_1");
        Plot p = plots.get(0);
        assertThat(p.title()).isEqualTo(trend.series());
        XYPlot plot = xy(p);
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        assertThat(data.getSeries(TrendCharts.STORED).getItemCount()).isEqualTo(4);
        assertThat(data.getSeries(TrendCharts.STORED).getY(2)).isEqualTo(20.0);
        assertThat(data.getSeries(TrendCharts.THIS_RUN).getX(0)).isEqualTo(4.0);
        assertThat(data.getSeries(TrendCharts.THIS_RUN).getY(0)).isEqualTo(21.0);
        List<?> markers = List.copyOf((java.util.Collection<?>) plot.getDomainMarkers(Layer.FOREGROUND));
        assertThat(markers).singleElement().satisfies(m -> {
            assertThat(((ValueMarker) m).getValue()).isEqualTo(3.0);
            assertThat(((Marker) m).getLabel()).isEqualTo("change");
        });
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("latency_p50_ms (ms)");
        assertThat(p.caption()).contains("change points").contains("this run").contains("lower is better");
    }

    @Test
    void trend_withoutCurrentRunOrChanges_hasOneSeriesAndNoLegend() {
        Trend trend = new Trend(
                "s",
                "ms",
                Direction.LOWER_IS_BETTER,
                List.of(new Trend.Point("a", java.time.Instant.EPOCH, null, 1)),
                List.of(),
                -1);
        Plot p = Plots.of(new ReportData(PlotFixtures.run(List.of()), List.of(trend), false))
                .get(0);

        assertThat(xy(p).getDataset().getSeriesCount()).isEqualTo(1);
        assertThat((Object) xy(p).getDomainMarkers(Layer.FOREGROUND)).isNull();
        assertThat(p.chart().getLegend()).isNull();
        assertThat(p.caption()).doesNotContain("this run").doesNotContain("change points");
    }

    @Test
    void distribution_detailed_aBoxPerParamsAndModel_withEverySample() {
        RunRecord run = fixtures.fullMatrix();
        List<Plot> plots = Plots.of(new ReportData(run, List.of(), true));

        Plot p = named(plots, "distribution_end_to_end_ms");
        BoxAndWhiskerCategoryDataset data =
                (BoxAndWhiskerCategoryDataset) category(p).getDataset();
        assertThat(keys(data.getRowKeys())).containsExactly("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x");
        assertThat(keys(data.getColumnKeys()))
                .hasSize(25)
                .startsWith("n=1k r=2")
                .endsWith("n=100k r=32");
        Metric m = run.results().stream()
                .filter(r -> r.benchmark().equals("compression_speed")
                        && r.params()
                                .equals(Params.canonical(params(
                                        "model", "rfcc-base-4x", "document_size", 5000, "compression_ratio", 16))))
                .findFirst()
                .orElseThrow()
                .metrics()
                .get("end_to_end_ms");
        List<Double> all = m.samples().stream().flatMap(List::stream).sorted().toList();
        assertThat(data.getMinRegularValue("rfcc-base-4x", "n=5k r=16").doubleValue())
                .isGreaterThanOrEqualTo(all.get(0));
        assertThat(data.getMedianValue("rfcc-base-4x", "n=5k r=16").doubleValue())
                .isEqualTo(all.get(12));
        assertThat(p.caption()).contains("n = document size in tokens").contains("r = compression ratio");
    }

    @Test
    void distribution_onlyForMetricsWithRepeatedSamples_perBenchmarkWhenANameIsShared() {
        List<String> names = names(Plots.of(new ReportData(fixtures.fullMatrix(), List.of(), true)));

        assertThat(names)
                .contains(
                        "distribution_compression_speed_tokens_per_second",
                        "distribution_tokenizer_speed_tokens_per_second",
                        "distribution_latency_p99_ms",
                        "distribution_split_ms")
                .doesNotContain(
                        "distribution_information_retention",
                        "distribution_batch_efficiency",
                        "distribution_tokens_per_second");
    }

    @Test
    void names_fromHostileModelNames_areSafeFileNames_andUnique() {
        List<BenchmarkResult> results = Stream.of("../x", "X", "<script>alert(1)</script>", "...")
                .map(model -> result(
                        "compression",
                        "compression_speed",
                        params("model", model, "document_size", 1000, "compression_ratio", 4),
                        "tokens_per_second",
                        exact("tokens/s", 1)))
                .toList();

        assertThat(names(plots(PlotFixtures.run(results))))
                .containsExactly(
                        "compression_speed_x",
                        "compression_speed_x_2",
                        "compression_speed_script_alert_1_script",
                        "compression_speed_x_3");
    }

    @Test
    void plot_rejectsANameThatIsNotAFileStem() {
        JFreeChart chart = new JFreeChart(new XYPlot());

        assertThatThrownBy(() -> new Plot("../x", "t", "c.", chart))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a-z0-9_-]");
        assertThatThrownBy(() -> new Plot("ok", "t", " ", chart)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slug_keepsSafeNames_andFoldsEverythingElse() {
        assertThat(Plots.slug("rfcc-base-4x")).isEqualTo("rfcc-base-4x");
        assertThat(Plots.slug("Model.v2/β")).isEqualTo("model_v2");
        assertThat(Plots.slug("")).isEqualTo("x");
        assertThat(Plots.slug("a".repeat(100))).hasSize(60);
    }
}
