package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.ThresholdCheck.Bound;
import org.rfcc.bench.model.ThresholdRule;

final class ThresholdCheckerTest {
    private static final List<ThresholdRule> RULES = List.of(
            new ThresholdRule("parse.min_ops", 1000, Bound.MIN, "app/parse", "ops", v -> v),
            new ThresholdRule("parse.max_memory_gb", 4.0, Bound.MAX, "app/parse", "rss_mb", mb -> mb / 1024),
            new ThresholdRule("load.max_seconds", 30, Bound.MAX, "app/load", "load_ms", ms -> ms / 1000));

    private static BenchmarkResult result(String benchmark, Map<String, Object> params, String metric, double v) {
        return BenchmarkResult.ok(
                "app", benchmark, params, Map.of(metric, Metric.exact("x", Direction.LOWER_IS_BETTER, v)));
    }

    @Test
    void check_usesTheWorstValue_inTheLimitsUnit() {
        List<BenchmarkResult> results = List.of(
                result("parse", Map.of("size", 1000), "ops", 5000),
                result("parse", Map.of("size", 100000), "ops", 900),
                result("parse", Map.of("size", 1000), "rss_mb", 2048),
                result("load", Map.of(), "load_ms", 31_000));
        List<ThresholdCheck> checks = ThresholdChecker.check(RULES, results);
        assertThat(checks)
                .extracting(ThresholdCheck::name)
                .containsExactly("parse.min_ops", "parse.max_memory_gb", "load.max_seconds");
        assertThat(checks).extracting(ThresholdCheck::passed).containsExactly(false, true, false);
        assertThat(checks).extracting(ThresholdCheck::bound).containsExactly(Bound.MIN, Bound.MAX, Bound.MAX);
        assertThat(checks.get(0).observed()).isEqualTo(900.0);
        assertThat(checks.get(0).params()).containsEntry("size", 100000L);
        assertThat(checks.get(1).observed()).isEqualTo(2.0);
        assertThat(checks.get(2).observed()).isEqualTo(31.0);
    }

    @Test
    void check_sameMetricOfAnotherBenchmark_isNotJudged() {
        List<BenchmarkResult> results = List.of(result("tokenize", Map.of(), "ops", 10));
        assertThat(ThresholdChecker.check(RULES, results)).isEmpty();
    }

    @Test
    void check_benchmarkThatDidNotRun_isLeftOut_failedResultsIgnored() {
        List<BenchmarkResult> results = List.of(
                result("load", Map.of(), "load_ms", 850),
                BenchmarkResult.failed("app", "load", Map.of("model", "x"), "boom"));
        assertThat(ThresholdChecker.check(RULES, results))
                .extracting(ThresholdCheck::name)
                .containsExactly("load.max_seconds");
    }

    @Test
    void spare_isTheShareOfTheLimitLeft_onTheRightSide() {
        List<ThresholdCheck> checks = ThresholdChecker.check(
                RULES, List.of(result("parse", Map.of(), "ops", 1050), result("load", Map.of(), "load_ms", 27_000)));
        assertThat(checks.get(0).spare()).isEqualTo(0.05);
        assertThat(checks.get(1).spare()).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
    }
}
