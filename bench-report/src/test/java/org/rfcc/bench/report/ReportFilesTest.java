package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.ReportFixtures.HOSTILE_NAME;
import static org.rfcc.bench.report.ReportFixtures.HOSTILE_VALUE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.RunRecord;

final class ReportFilesTest {
    @TempDir
    Path dir;

    /** Speed results of a model named with markup, at a param value that closes an attribute. */
    private static RunRecord hostileRun() {
        Random random = new Random(5);
        List<BenchmarkResult> results = List.of(1000, 10000).stream()
                .map(size -> ReportFixtures.result(
                        "compression",
                        "compression_speed",
                        ReportFixtures.params(
                                "model",
                                HOSTILE_NAME,
                                "document_size",
                                size,
                                "compression_ratio",
                                4,
                                "x",
                                HOSTILE_VALUE),
                        "tokens_per_second",
                        ReportFixtures.measured("tokens/s", Direction.HIGHER_IS_BETTER, 9000, 3, 3, random)))
                .toList();
        return ReportFixtures.run(results, List.of(), ReportFixtures.params());
    }

    @Test
    void write_hostileNames_leaveNoLiveMarkupInThePageOrItsInlinePlots() throws IOException {
        ReportFiles.write(new ReportData(hostileRun(), List.of(), true), dir, true, true);
        String html = Files.readString(dir.resolve(ReportFiles.HTML));
        assertThat(html).contains("<svg").doesNotContain("<script>alert", "<img", "onerror=alert(1)>");
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
        try (var files = Files.list(dir.resolve(ReportFiles.PLOTS))) {
            for (Path svg : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
                assertThat(Files.readString(svg)).doesNotContain("<script", "<img");
            }
        }
    }

    @Test
    void write_htmlWithoutPlots_hasNoFiguresAndNoPlotDirectory() throws IOException {
        List<Path> written =
                ReportFiles.write(new ReportData(ReportFixtures.sample(1), List.of(), false), dir, true, false);
        assertThat(written).containsExactly(dir.resolve(ReportFiles.HTML));
        assertThat(Files.readString(dir.resolve(ReportFiles.HTML))).doesNotContain("<figure");
        assertThat(dir.resolve(ReportFiles.PLOTS)).doesNotExist();
    }

    @Test
    void write_plotsWithoutHtml_writesOnlyThePlotDirectory() throws IOException {
        List<Path> written =
                ReportFiles.write(new ReportData(ReportFixtures.sample(1), List.of(), false), dir, false, true);
        assertThat(written).containsExactly(dir.resolve(ReportFiles.PLOTS));
        assertThat(dir.resolve(ReportFiles.HTML)).doesNotExist();
        try (var files = Files.list(dir.resolve(ReportFiles.PLOTS))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("compression_speed_rfcc-base-4x.png", "compression_speed_rfcc-base-4x.svg");
        }
    }

    @Test
    void write_again_replacesTheReportWhole() throws IOException {
        ReportData data = new ReportData(ReportFixtures.sample(1), List.of(), false);
        ReportFiles.write(data, dir, true, true);
        Files.writeString(dir.resolve(ReportFiles.PLOTS).resolve("stale.png"), "old");
        ReportFiles.write(data, dir, true, true);
        assertThat(dir.resolve(ReportFiles.PLOTS).resolve("stale.png")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(ReportFiles.HTML, ReportFiles.PLOTS);
        }
    }

    @Test
    void write_outputFormatsAndPlots_decideWhichFilesAreWritten() throws IOException {
        ReportData data = new ReportData(ReportFixtures.sample(2), List.of(), false);
        List<Path> jsonOnly = ReportFiles.write(data, dir.resolve("json-only"), Set.of(OutputFormat.JSON), false, null);
        assertThat(jsonOnly)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("benchmark_run.json", "benchmark_results.json");
        Path github = dir.resolve("elsewhere/gab.json");
        List<Path> all = ReportFiles.write(data, dir.resolve("all"), EnumSet.allOf(OutputFormat.class), true, github);
        assertThat(all)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "benchmark_run.json",
                        "gab.json",
                        "benchmark_results.csv",
                        "benchmark_summary.md",
                        "benchmark_plots",
                        "benchmark_report.html");
        assertThat(all).allSatisfy(p -> assertThat(p).exists());
    }
}
