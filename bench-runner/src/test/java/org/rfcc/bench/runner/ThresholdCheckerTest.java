package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.config.Thresholds;

final class ThresholdCheckerTest {
    private static final Thresholds LIMITS = new Thresholds(1000, 4.0, 30, 500, 100);

    private static BenchmarkResult result(
            String suite, String benchmark, Map<String, Object> params, String metric, double v) {
        return BenchmarkResult.ok(
                suite, benchmark, params, Map.of(metric, Metric.exact("x", Direction.LOWER_IS_BETTER, v)));
    }

    @Test
    void check_usesTheWorstValue_inTheThresholdsUnit() {
        List<BenchmarkResult> results = List.of(
                result("compression", "compression_speed", Map.of("document_size", 1000), "tokens_per_second", 5000),
                result("compression", "compression_speed", Map.of("document_size", 100000), "tokens_per_second", 900),
                result("compression", "memory_usage", Map.of(), "peak_rss_mb", 2048),
                result("models", "model_loading", Map.of(), "load_time_ms", 850),
                result("inference", "inference_latency", Map.of(), "latency_p99_ms", 620),
                result("inference", "batch_processing", Map.of(), "throughput_tokens_per_second", 8000));
        List<ThresholdCheck> checks = ThresholdChecker.check(LIMITS, results);
        assertThat(checks)
                .extracting(ThresholdCheck::name)
                .containsExactly(
                        "compression_speed.min_tokens_per_second",
                        "compression_speed.max_memory_gb",
                        "model_loading.max_load_time_seconds",
                        "inference.max_latency_ms",
                        "inference.min_throughput_tokens_per_second");
        assertThat(checks).extracting(ThresholdCheck::passed).containsExactly(false, true, true, false, true);
        assertThat(checks.get(0).observed()).isEqualTo(900.0);
        assertThat(checks.get(0).params()).containsEntry("document_size", 100000);
        assertThat(checks.get(1).observed()).isEqualTo(2.0);
        assertThat(checks.get(2).observed()).isEqualTo(0.85);
    }

    @Test
    void check_sameMetricOfAnotherBenchmark_isNotJudged() {
        List<BenchmarkResult> results =
                List.of(result("models", "tokenizer_speed", Map.of("tokenizer", "wordpiece"), "tokens_per_second", 10));
        assertThat(ThresholdChecker.check(LIMITS, results)).isEmpty();
    }

    @Test
    void check_suiteThatDidNotRun_isLeftOut_failedResultsIgnored() {
        List<BenchmarkResult> results = List.of(
                result("models", "model_loading", Map.of(), "load_time_ms", 850),
                BenchmarkResult.failed("models", "model_loading", Map.of("model", "x"), "boom"));
        assertThat(ThresholdChecker.check(LIMITS, results))
                .extracting(ThresholdCheck::name)
                .containsExactly("model_loading.max_load_time_seconds");
    }
}
