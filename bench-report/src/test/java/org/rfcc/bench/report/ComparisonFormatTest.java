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
