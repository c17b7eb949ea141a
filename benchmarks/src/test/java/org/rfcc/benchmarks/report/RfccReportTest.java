package org.rfcc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.ReportFixtures.HOSTILE_NAME;
import static org.rfcc.bench.report.ReportFixtures.HOSTILE_VALUE;
import static org.rfcc.bench.report.ReportFixtures.params;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.report.Figure;
import org.rfcc.bench.report.HtmlReport;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.report.ReportFixtures;
import org.rfcc.bench.report.Trend;

final class RfccReportTest {
    private static final Figure SPEED = new Figure(
            "compression_speed_m", "Speed", "One line per ratio.", "<svg viewBox=\"0 0 10 10\"></svg>", false);
    private static final Figure TREND =
            new Figure("trend_1", "Trend", "The stored runs.", "<svg viewBox=\"0 0 10 10\"><g/></svg>", true);

    private static String render(RunRecord run, List<Trend> trends, boolean detailed) {
        return HtmlReport.render(new ReportData(run, trends, detailed), List.of(SPEED, TREND));
    }

    /** A run whose benchmark name, param value, branch and error are hostile markup. */
    private static RunRecord hostile() {
        RunRecord sample = ReportFixtures.sample(3);
        List<BenchmarkResult> results = new ArrayList<>(sample.results());
        results.add(ReportFixtures.result(
                "compression",
                HOSTILE_NAME,
                params("model", HOSTILE_VALUE),
                HOSTILE_NAME,
                Metric.exact(HOSTILE_VALUE, Direction.LOWER_IS_BETTER, 1)));
        results.add(BenchmarkResult.failed("models", HOSTILE_NAME, params("model", HOSTILE_VALUE), HOSTILE_VALUE));
        return new RunRecord(
                sample.schema(),
                HOSTILE_NAME,
                sample.startedAt(),
                sample.finishedAt(),
                HOSTILE_VALUE,
                sample.source(),
                new GitInfo(ReportFixtures.COMMIT, HOSTILE_NAME, false),
                sample.machine(),
                params("note", HOSTILE_NAME + HOSTILE_VALUE),
                results,
                sample.thresholds(),
                null);
    }

    @Test
    void executiveSummary_hasTheHeadlineFiguresThresholdsAndVerdict() {
        String html = render(ReportFixtures.sample(1), List.of(), false);
        assertThat(html)
                .contains("Fit to release: every benchmark ran, every threshold passed.")
                .contains("Compression speed (tokens/s at ratio 4)", "<th>1,000 tokens</th>", "<th>10,000 tokens</th>")
                .contains("Information retention (RFCC with the query", "<th>4x</th>", "<th>8x</th>")
                .contains("<th>load time (ms)</th>", "p99 latency (ms, batch 1)")
                .contains("compression_speed.min_tokens_per_second", "<td class=\"pass\">pass</td>")
                .contains("No comparison: run with <code>--compare-with=REF</code>");
    }

    @Test
    void detailed_addsSamplesPerForkAndTheStageTable() {
        String plain = render(ReportFixtures.sample(1), List.of(), false);
        String detailed = render(ReportFixtures.sample(1), List.of(), true);
        assertThat(plain).doesNotContain("samples per fork", "Time per stage");
        assertThat(detailed)
                .contains("<th>samples per fork</th>", "Time per stage of the compressor")
                .containsPattern("<td>f1: [0-9.,]+ [0-9.,]+ [0-9.,]+; f2: ")
                .containsPattern("split \\d+%, tokenize \\d+%, embed \\d+%, select \\d+%");
    }
}
