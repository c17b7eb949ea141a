package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds and writes every plot of a full-matrix run and prints how long it took (no timing
 * assertion: the figure is for the record). {@code -Dplots.sample.dir=/tmp/plots-sample} also
 * writes the plots there to look at.
 */
final class PlotRenderTimeTest {
    @TempDir
    Path dir;

    @Test
    void writeAll_fullMatrix_writesEveryPlotAndPrintsTheTime() throws IOException {
        PlotFixtures fixtures = new PlotFixtures();
        ReportData plain = new ReportData(fixtures.fullMatrix(), fixtures.trends(15, 50), false);
        ReportData detailed = new ReportData(plain.run(), plain.trends(), true);

        long start = System.nanoTime();
        List<Plot> plots = Plots.of(plain);
        PlotWriter.writeAll(plots, dir.resolve("plain"));
        long plainNanos = System.nanoTime() - start;

        start = System.nanoTime();
        List<Plot> all = Plots.of(detailed);
        PlotWriter.writeAll(all, dir.resolve("detailed"));
        long detailedNanos = System.nanoTime() - start;

        System.out.printf(
                Locale.ROOT,
                "plots of a full-matrix run, built and written as PNG and SVG: %d plots in %d ms,"
                        + " detailed %d plots in %d ms%n",
                plots.size(),
                plainNanos / 1_000_000,
                all.size(),
                detailedNanos / 1_000_000);
        try (var files = Files.list(dir.resolve("detailed"))) {
            assertThat(files).hasSize(2 * all.size());
        }
        String sample = System.getProperty("plots.sample.dir");
        if (sample != null) {
            PlotWriter.writeAll(all, Path.of(sample));
        }
    }
}
