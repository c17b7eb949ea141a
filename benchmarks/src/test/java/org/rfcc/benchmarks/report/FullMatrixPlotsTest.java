package org.rfcc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.report.Plot;
import org.rfcc.bench.report.PlotFixtures;
import org.rfcc.bench.report.PlotWriter;
import org.rfcc.bench.report.Plots;
import org.rfcc.bench.report.ReportData;

/**
 * Builds and writes every plot of a full-matrix run, plain and detailed.
 * {@code -Dplots.sample.dir=/tmp/plots-sample} also writes the plots there to look at. (The speed
 * of the whole report is measured on a real full run: {@code report} prints its build time.)
 */
final class FullMatrixPlotsTest {
    @TempDir
    Path dir;

    @Test
    void writeAll_fullMatrix_writesEveryPlot_plainAndDetailed() throws IOException {
        PlotFixtures fixtures = new PlotFixtures();
        ReportData plain = new ReportData(fixtures.fullMatrix(), fixtures.trends(15, 50), false);
        ReportData detailed = new ReportData(plain.run(), plain.trends(), true);

        List<Plot> plots = Plots.of(plain);
        PlotWriter.writeAll(plots, dir.resolve("plain"));
        List<Plot> all = Plots.of(detailed);
        PlotWriter.writeAll(all, dir.resolve("detailed"));
        assertThat(plots).hasSize(26);
        assertThat(all.size()).isGreaterThan(plots.size());
        try (var files = Files.list(dir.resolve("detailed"))) {
            assertThat(files).hasSize(2 * all.size());
        }
        String sample = System.getProperty("plots.sample.dir");
        if (sample != null) {
            PlotWriter.writeAll(all, Path.of(sample));
        }
    }
}
