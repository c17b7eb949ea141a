package org.rfcc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.report.ReportFixtures;

final class RfccReportTest {
    @Test
    void executiveSummary_hasTheHeadlineFiguresThresholdsAndVerdict() {
        String html = ReportFixtures.render(ReportFixtures.sample(1), List.of(), false);
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
        String plain = ReportFixtures.render(ReportFixtures.sample(1), List.of(), false);
        String detailed = ReportFixtures.render(ReportFixtures.sample(1), List.of(), true);
        assertThat(plain).doesNotContain("samples per fork", "Time per stage");
        assertThat(detailed)
                .contains("<th>samples per fork</th>", "Time per stage of the compressor")
                .containsPattern("<td>f1: [0-9.,]+ [0-9.,]+ [0-9.,]+; f2: ")
                .containsPattern("split \\d+%, tokenize \\d+%, embed \\d+%, select \\d+%");
    }
}
