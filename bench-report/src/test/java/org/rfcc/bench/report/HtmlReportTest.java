package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.ReportFixtures.params;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Level;

final class HtmlReportTest {
    @Test
    void render_hasTheFiveSections_inOrder() {
        String html = ReportFixtures.render(ReportFixtures.sample(1), List.of(), false);
        assertThat(html)
                .containsSubsequence(
                        "<section id=\"executive-summary\"><h2>Executive Summary</h2>",
                        "<section id=\"detailed-results\"><h2>Detailed Results</h2>",
                        "<section id=\"regression-analysis\"><h2>Regression Analysis</h2>",
                        "<section id=\"system-information\"><h2>System Information</h2>",
                        "<section id=\"recommendations\"><h2>Recommendations</h2>");
    }

    @Test
    void executiveSummary_showsThePreCommitChecksAdoption_againstTheGoal() {
        AdoptionReport below = new AdoptionReport(
                "main",
                "30d",
                10,
                7,
                List.of(new AdoptionReport.Author("0a1b2c3d4e5f", 6, 5), new AdoptionReport.Author("<b>x</b>", 4, 2)));
        String html =
                HtmlReport.render(new ReportData(ReportFixtures.sample(1), List.of(), false, false, below), List.of());
        assertThat(html)
                .containsSubsequence(
                        "<h2>Executive Summary</h2>",
                        "<h3>Pre-commit check adoption</h3>",
                        "<span class=\"fail\">7 of 10 commits (70%)</span> on main in the last 30d",
                        "the goal is more than 80%.",
                        "rfcc-bench hooks install",
                        "<code>0a1b2c3d4e5f</code></td><td class=\"n\">6</td><td class=\"n\">5</td>"
                                + "<td class=\"n\">83%</td>",
                        "&lt;b&gt;x&lt;/b&gt;",
                        "<h2>Detailed Results</h2>");
        AdoptionReport above = new AdoptionReport("main", "30d", 10, 9, List.of());
        assertThat(HtmlReport.render(
                        new ReportData(ReportFixtures.sample(1), List.of(), false, false, above), List.of()))
                .contains("<span class=\"pass\">9 of 10 commits (90%)</span>")
                .doesNotContain("hooks install");
        assertThat(ReportFixtures.render(ReportFixtures.sample(1), List.of(), false))
                .doesNotContain("Pre-commit check adoption");
    }

    @Test
    void render_hostileData_leavesNoLiveMarkup() {
        String html = ReportFixtures.render(ReportFixtures.hostile(), List.of(), true);
        assertThat(html).doesNotContain("<script>alert", "<img", "onerror=alert(1)>");
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void render_asksForNothingOverTheNetwork() {
        String html = ReportFixtures.render(ReportFixtures.sample(1), List.of(), true);
        assertThat(html).doesNotContain("http://", "https://", " src=", "<link", "@import", "url(");
    }

    @Test
    void regressionAnalysis_showsTheComparisonAndTheWorstInTheSummary() {
        RunRecord run = ReportFixtures.withComparison(
                ReportFixtures.sample(1),
                ReportFixtures.change(Level.CRITICAL, false, 9.0, null),
                ReportFixtures.change(Level.NONE, true, 25.0, 12));
        String html = ReportFixtures.render(run, List.of(), false);
        assertThat(html)
                .contains("Not fit to release: 1 critical and 0 warning regressions.")
                .contains("<span class=\"critical\">1 critical</span>")
                .contains(
                        "<li><span class=\"critical\">critical</span> compression/compression_speed/tokens_per_second")
                .contains("Under-powered metrics", "<td class=\"n\">12</td>", "All 2 compared metrics")
                .contains("[-30.1, -20.2]%");
    }

    @Test
    void regressionAnalysis_listsChangePointsAndPlacesTrendFigures() {
        List<Trend.Point> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(
                    new Trend.Point("run-" + i, Instant.EPOCH.plusSeconds(i), "abcdef0123456789", i < 20 ? 100 : 80));
        }
        Trend trend = new Trend(
                "compression/compression_speed/tokens_per_second[model=m]",
                "tokens/s",
                Direction.HIGHER_IS_BETTER,
                points,
                List.of(20),
                29);
        String html = ReportFixtures.render(ReportFixtures.sample(1), List.of(trend), false);
        assertThat(html)
                .contains("tokens_per_second[model=m]: -20.0% from run run-20 (abcdef0123, 1970-01-01T00:00:20Z)")
                .containsSubsequence("id=\"regression-analysis\"", "id=\"plot-trend_1\"", "id=\"system-information\"")
                .containsSubsequence(
                        "id=\"detailed-results\"", "id=\"plot-compression_speed_m\"", "id=\"regression-analysis\"");
        assertThat(ReportFixtures.render(ReportFixtures.sample(1), List.of(), false))
                .contains("No history to show: this report was made without the history");
    }

    @Test
    void regressionAnalysis_ofAStoredRunWithoutEarlierRuns_saysSo_notThatItWasNotStored() {
        RunRecord run = ReportFixtures.sample(1);
        String html = HtmlReport.render(new ReportData(run, List.of(), false, true), List.of());
        assertThat(html)
                .contains("No history to show: the history holds no other run of machine "
                        + run.machine().fingerprint() + " with profile " + run.profile())
                .doesNotContain("without the history");
    }

    @Test
    void systemInformation_showsTheMachine_unlessIncludeSystemInfoIsFalse() {
        RunRecord sample = ReportFixtures.sample(1);
        assertThat(ReportFixtures.render(sample, List.of(), false))
                .contains("AMD EPYC, 2 cores", "23.5 GiB", "-Xmx4g", "on main");
        RunRecord hidden = ReportFixtures.run(
                sample.results(), sample.thresholds(), params("reporting", Map.of("include_system_info", false)));
        assertThat(ReportFixtures.render(hidden, List.of(), false))
                .doesNotContain("AMD EPYC")
                .contains("Machine details omitted: reporting.include_system_info is false");
    }

    @Test
    void recommendations_sayNoneOnACleanRun_andListTheRulesChecked() {
        assertThat(ReportFixtures.render(ReportFixtures.sample(1), List.of(), false))
                .contains("None: no rule found anything in this run.")
                .contains("Rules checked: failed-benchmark (a benchmark failed); threshold-near-limit");
    }
}
