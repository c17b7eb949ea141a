package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.PlotFixtures.params;

import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Params;

/** Lookups into built plots for the plot tests, shared with the suites' report tests through the test jar. */
public final class PlotChecks {
    private PlotChecks() {}

    public static Plot named(List<Plot> plots, String name) {
        return plots.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plot " + name + " in " + names(plots)));
    }

    /** JFreeChart's raw key lists as strings. */
    public static List<String> keys(List<?> keys) {
        return keys.stream().map(String::valueOf).toList();
    }

    public static List<String> names(List<Plot> plots) {
        return plots.stream().map(Plot::name).toList();
    }

    public static XYPlot xy(Plot p) {
        return (XYPlot) p.chart().getPlot();
    }

    public static CategoryPlot category(Plot p) {
        return (CategoryPlot) p.chart().getPlot();
    }

    public static List<String> seriesKeys(XYDataset data) {
        return java.util.stream.IntStream.range(0, data.getSeriesCount())
                .mapToObj(i -> String.valueOf(data.getSeriesKey(i)))
                .toList();
    }

    /** The y value of series {@code key} at {@code x}, or null when there is none. */
    public static Double y(XYDataset data, String key, double x) {
        int s = seriesKeys(data).indexOf(key);
        assertThat(s).as("series %s", key).isNotNegative();
        for (int i = 0; i < data.getItemCount(s); i++) {
            if (data.getXValue(s, i) == x) {
                return data.getYValue(s, i);
            }
        }
        return null;
    }

    public static double value(List<BenchmarkResult> results, String benchmark, String metric, Object... kv) {
        Map<String, Object> wanted = Params.canonical(params(kv));
        return results.stream()
                .filter(r -> r.benchmark().equals(benchmark))
                .filter(r -> r.params().entrySet().containsAll(wanted.entrySet()))
                .findFirst()
                .orElseThrow()
                .metrics()
                .get(metric)
                .value();
    }
}
