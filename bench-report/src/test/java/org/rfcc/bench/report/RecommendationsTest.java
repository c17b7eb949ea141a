package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.bench.report.ReportFixtures.params;
import static org.rfcc.bench.report.ReportFixtures.result;
import static org.rfcc.bench.report.ReportFixtures.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Level;

final class RecommendationsTest {
    private static List<String> findings(Recommendations.Rule rule, RunRecord run) {
        return rule.apply(run);
    }

    private static Metric exact(String unit, double v) {
        return Metric.exact(unit, Direction.LOWER_IS_BETTER, v);
    }

    @Test
    void cleanRun_getsNoRecommendationAtAll() {
        assertThat(Recommendations.of(new ReportData(ReportFixtures.sample(1), List.of(), true)))
                .isEmpty();
    }

    @Test
    void failedBenchmark_namesItsErrorAndTheSuiteToRerun() {
        RunRecord run = run(BenchmarkResult.failed("models", "model_loading", params("model", "m"), "boom\ntrace"));
        assertThat(findings(Recommendations.Rule.FAILED_BENCHMARK, run))
                .singleElement()
                .asString()
                .contains("models/model_loading", "boom", "--suite models")
                .doesNotContain("trace");
    }

    @Test
    void thresholdNearLimit_flagsLessThanTenPercentToSpare_inEitherDirection() {
        ThresholdCheck tight = new ThresholdCheck(
                "compression_speed.min_tokens_per_second",
                1000,
                1050.0,
                true,
                "compression/compression_speed",
                null,
                null);
        ThresholdCheck roomy = new ThresholdCheck(
                "compression_speed.min_tokens_per_second",
                1000,
                1200.0,
                true,
                "compression/compression_speed",
                null,
                null);
        ThresholdCheck max = new ThresholdCheck(
                "inference.max_latency_ms", 500, 480.0, true, "inference/inference_latency", null, null);
        ThresholdCheck failed = new ThresholdCheck(
                "inference.max_latency_ms", 500, 520.0, false, "inference/inference_latency", null, null);
        List<String> found = findings(
                Recommendations.Rule.THRESHOLD_NEAR_LIMIT,
                run(List.of(), List.of(tight, roomy, max, failed), Map.of()));
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).contains("min_tokens_per_second", "5.0% to spare");
        assertThat(found.get(1)).contains("max_latency_ms", "4.0% to spare");
    }

    @Test
    void regressionBisect_givesTheBisectCommand_onlyAtWarningOrAbove() {
        RunRecord run = ReportFixtures.sample(1);
        assertThat(findings(
                        Recommendations.Rule.REGRESSION_BISECT,
                        ReportFixtures.withComparison(run, ReportFixtures.change(Level.CRITICAL, false, 9.0, null))))
                .singleElement()
                .asString()
                .contains("git bisect start 0123456789 1111111111", "-25.0%", "critical");
        assertThat(findings(
                        Recommendations.Rule.REGRESSION_BISECT,
                        ReportFixtures.withComparison(run, ReportFixtures.change(Level.INFO, false, 9.0, null))))
                .isEmpty();
    }

    @Test
    void underpowered_namesTheDetectableSizeAndTheForksNeeded() {
        RunRecord run = ReportFixtures.withComparison(
                ReportFixtures.sample(1),
                ReportFixtures.change(Level.NONE, true, 25.0, 12),
                ReportFixtures.change(Level.NONE, true, 18.0, 8),
                ReportFixtures.change(Level.NONE, false, 5.0, null));
        assertThat(findings(Recommendations.Rule.UNDERPOWERED, run))
                .singleElement()
                .asString()
                .contains("2 compared metrics", "detects only 25.0%", "--forks 12");
    }

    @Test
    void highAllocationRate_flagsJmhsGcAllocRateAboveAThousandMbPerSecond() {
        BenchmarkResult fast =
                result("com.example.Bench", "parse", params("size", 10), "gc.alloc.rate", exact("MB/sec", 1500));
        BenchmarkResult calm =
                result("com.example.Bench", "scan", params("size", 10), "gc.alloc.rate", exact("MB/sec", 900));
        assertThat(findings(Recommendations.Rule.HIGH_ALLOCATION_RATE, run(fast, calm)))
                .singleElement()
                .asString()
                .contains("com.example.Bench/parse", "1,500 MB/s");
    }

    @Test
    void noisyMetric_flagsAnIntervalWiderThanTenPercent_ofAJudgedMetricOnly() {
        Metric noisy = new Metric("ms", Direction.LOWER_IS_BETTER, List.of(List.of(80.0, 120.0)));
        Metric quiet = new Metric("ms", Direction.LOWER_IS_BETTER, List.of(List.of(99.0, 101.0)));
        assertThat(findings(
                        Recommendations.Rule.NOISY_METRIC,
                        run(result(
                                "models",
                                "model_loading",
                                params(),
                                "load_time_ms",
                                noisy,
                                "other_ms",
                                quiet,
                                "gc.count",
                                new Metric("counts", Direction.LOWER_IS_BETTER, List.of(List.of(0.0, 1.0)))))))
                .singleElement()
                .asString()
                .contains("1 of 2 measured values", "load_time_ms", "±20%");
    }
}
