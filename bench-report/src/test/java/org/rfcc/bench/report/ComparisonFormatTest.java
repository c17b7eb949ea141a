package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.ProfileDiff;
import org.rfcc.bench.model.comparison.Summary;

final class ComparisonFormatTest {
    @Test
    void aKeyMetricNotDecided_makesTheVerdictNotDecided_neverNoRegression() {
        Comparison c = comparison(latency(true));
        String table = ComparisonFormat.TABLE.render(c);
        assertThat(table)
                .contains("NOT DECIDED: 1 key metric could neither show nor rule out a regression of warning size"
                        + " (inference/inference_latency/latency_p50_ms +3.0% [-9.0, +17.0]%)")
                .doesNotContain("no regression")
                .containsPattern("undecided +none .*inference_latency")
                .contains("intervals at the level of their false-discovery family (primary 99.50%)");
        assertThat(ComparisonFormat.MARKDOWN.render(c)).contains("**NOT DECIDED: 1 key metric");
    }

    @Test
    void aKeyMetricWhoseIntervalRulesOutAWarningRegression_isNoRegression() {
        String table = ComparisonFormat.TABLE.render(comparison(latency(false)));
        assertThat(table).contains("no regression: 0 critical").doesNotContain("NOT DECIDED");
    }

    @Test
    void whereTheTimeWent_isInEveryFormat_withItsFlamegraph_andSurvivesJson() throws Exception {
        var diff = new ProfileDiff(
                "inference",
                "inference_latency",
                Map.of(),
                "latency_p50_ms",
                "profile_diff/inference_latency-diff-flamegraph.html",
                List.of(300L, 320L),
                "org.rfcc.compressor.RfccCompressor.embed",
                0.27,
                0.68,
                "RfccCompressor.embed +41% of samples (27% → 68%)");
        Comparison c = comparison(latency(false))
                .withProfileDiffs(List.of(
                        diff,
                        ProfileDiff.failed(
                                "inference",
                                "batch",
                                Map.of("batch_size", 4),
                                "latency_p50_ms",
                                "not profiled: the base run failed")));
        assertThat(ComparisonFormat.TABLE.render(c))
                .contains("where the time went (--profile-diff):")
                .contains("inference/inference_latency/latency_p50_ms: RfccCompressor.embed +41% of samples (27% → 68%)"
                        + " (differential flamegraph: profile_diff/inference_latency-diff-flamegraph.html)")
                .contains("inference/batch/latency_p50_ms[batch_size=4]: not profiled: the base run failed");
        assertThat(ComparisonFormat.MARKDOWN.render(c))
                .contains("[differential flamegraph](profile_diff/inference_latency-diff-flamegraph.html)");
        Comparison back = org.rfcc.bench.model.Json.MAPPER.readValue(ComparisonFormat.JSON.render(c), Comparison.class);
        assertThat(back.profileDiffs()).isEqualTo(c.profileDiffs());
        assertThat(ComparisonFormat.JSON.render(c)).contains("\"profile_diffs\"", "\"base_share\" : 0.27");
        assertThat(ComparisonFormat.JSON.render(comparison(latency(false)))).doesNotContain("profile_diffs");
        Comparison old = org.rfcc.bench.model.Json.MAPPER.readValue(
                ComparisonFormat.JSON.render(comparison(latency(false))).replace("\"profile_diffs\" : [ ],", ""),
                Comparison.class);
        assertThat(old.profileDiffs())
                .as("a comparison stored before profile_diffs")
                .isEmpty();
    }

    private static Change latency(boolean inconclusive) {
        return new Change(
                "inference",
                "inference_latency",
                Map.of(),
                "latency_p50_ms",
                "ms",
                Direction.LOWER_IS_BETTER,
                100,
                103,
                3.0,
                List.of(-9.0, inconclusive ? 17.0 : 12.0),
                0.995,
                0.4,
                0.4,
                Kind.NONE,
                Level.NONE,
                List.of(3, 3),
                6.0,
                25.0,
                true,
                9,
                Decision.TESTED,
                null,
                Change.PRIMARY,
                null,
                inconclusive);
    }

    private static Comparison comparison(Change change) {
        return new Comparison(
                Comparison.SCHEMA,
                new Comparison.RunRef("base-run", null),
                new Comparison.RunRef("head-run", null),
                0.01,
                List.of(change),
                Summary.of(List.of(change)),
                List.of(),
                List.of());
    }
}
