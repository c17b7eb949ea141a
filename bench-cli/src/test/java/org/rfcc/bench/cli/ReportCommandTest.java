package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

final class ReportCommandTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("history.db");
    }

    /** 30 stored runs of the headline speed series: 9,000 tokens/s, then 7,000 from run 20 on. */
    private void storeHistory() throws SQLException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 1000);
        params.put("compression_ratio", 4);
        try (HistoryStore store = Stores.open(url())) {
            for (int i = 0; i < 30; i++) {
                String started = Instant.parse("2026-11-01T10:00:00Z")
                        .plusSeconds(3600L * i)
                        .toString();
                double level = (i < 20 ? 9000 : 7000) * (1 + 0.005 * Math.sin(i));
                store.store(StoredRuns.run(String.format("run-%02d", i), started, level, params));
            }
        }
    }

    @Test
    void report_storedRun_writesTheHtmlReportAndPlots_withTheTrendAndItsChangePoint() throws Exception {
        storeHistory();
        Path out = dir.resolve("out");
        Cli.Outcome o = Cli.run("--store=" + url(), "report", "run-29", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("wrote " + out.resolve("benchmark_report.html"), "benchmark_plots/");
        String html = Files.readString(out.resolve("benchmark_report.html"));
        assertThat(html)
                .contains("<section id=\"regression-analysis\">", "Trends of the key metrics")
                .contains("compression/compression_speed/tokens_per_second[model=rfcc-base-4x,document_size=1000,"
                        + "compression_ratio=4]: -22.")
                .contains("from run run-20")
                .contains("<figure class=\"plot\" id=\"plot-trend_");
        try (var plots = Files.list(out.resolve("benchmark_plots"))) {
            assertThat(plots.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("trend_") && n.endsWith(".png"));
        }
    }

    @Test
    void report_detailed_addsTheSamplesColumn() throws IOException, SQLException {
        storeHistory();
        Path out = dir.resolve("detailed");
        Cli.Outcome o = Cli.run("--store=" + url(), "report", "run-03", "--detailed", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(Files.readString(out.resolve("benchmark_report.html"))).contains("<th>samples per fork</th>");
    }
}
