package org.rfcc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.Thresholds;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.runner.ThresholdChecker;

/** What RFCC's catalog tells the framework: CONTRACT.md's alert classes and the seed's thresholds. */
final class RfccCatalogTest {
    private static final Thresholds LIMITS = new Thresholds(1000, 4.0, 30, 500, 100);

    @ParameterizedTest(name = "{0}/{1}/{2} in {3}")
    @CsvSource({
        "compression, compression_ratio, information_retention, score, MODEL_ACCURACY",
        "compression, compression_ratio, reconstruction_quality, score, MODEL_ACCURACY",
        "compression, compression_ratio, f1, score, MODEL_ACCURACY",
        "compression, compression_ratio, information_retention_random, score, ",
        "compression, compression_ratio, achieved_ratio, ratio, ",
        "compression, compression_ratio, ratio_error, ratio, ",
        "compression, compression_speed, cpu_utilization, ms, ",
        "compression, compression_speed, tokens_per_second, tokens/s, COMPRESSION_SPEED",
        "compression, memory_usage, peak_rss_mb, MB, MEMORY_USAGE",
        "inference, batch_processing, batch_efficiency, tokens/s, ",
        "inference, inference_latency, latency_p99_ms, ms, COMPRESSION_SPEED",
        "models, model_loading, load_time_ms, ms, COMPRESSION_SPEED",
    })
    void alertClass_ofRfccMetrics_followsTheContract(
            String suite, String benchmark, String metric, String unit, AlertClass expected) {
        assertThat(Catalogs.alertClass(suite, benchmark, metric, unit)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void alertClass_ofTheSameNamesInAnotherProject_goesByUnit() {
        assertThat(Catalogs.alertClass("com.example.Bench", "eval", "f1", "score"))
                .isEmpty();
        assertThat(Catalogs.alertClass("com.example.Bench", "load", "cpu_utilization", "ms"))
                .contains(AlertClass.COMPRESSION_SPEED);
    }

    private static BenchmarkResult result(
            String suite, String benchmark, Map<String, Object> params, String metric, double v) {
        return BenchmarkResult.ok(
                suite, benchmark, params, Map.of(metric, Metric.exact("x", Direction.LOWER_IS_BETTER, v)));
    }

    @Test
    void thresholds_judgeTheWorstValueOfTheMetricTheyName_inTheLimitsUnit() {
        List<BenchmarkResult> results = List.of(
                result("compression", "compression_speed", Map.of("document_size", 1000), "tokens_per_second", 5000),
                result("compression", "compression_speed", Map.of("document_size", 100000), "tokens_per_second", 900),
                result("compression", "memory_usage", Map.of(), "peak_rss_mb", 2048),
                result("models", "model_loading", Map.of(), "load_time_ms", 850),
                result("inference", "inference_latency", Map.of(), "latency_p99_ms", 620),
                result("inference", "batch_processing", Map.of(), "throughput_tokens_per_second", 8000),
                result("models", "tokenizer_speed", Map.of("tokenizer", "wordpiece"), "tokens_per_second", 10));
        List<ThresholdCheck> checks = ThresholdChecker.check(Catalogs.thresholds(LIMITS), results);
        assertThat(checks)
                .extracting(ThresholdCheck::name)
                .containsExactly(
                        "compression_speed.min_tokens_per_second",
                        "compression_speed.max_memory_gb",
                        "model_loading.max_load_time_seconds",
                        "inference.max_latency_ms",
                        "inference.min_throughput_tokens_per_second");
        assertThat(checks).extracting(ThresholdCheck::passed).containsExactly(false, true, true, false, true);
        assertThat(checks.get(0).observed())
                .as("the tokenizer's tokens/s is not compression speed")
                .isEqualTo(900.0);
        assertThat(checks.get(1).observed()).isEqualTo(2.0);
        assertThat(checks.get(2).observed()).isEqualTo(0.85);
    }

    @Test
    void models_andQuickCheckSuites_areRfccs() {
        assertThat(Catalogs.models()).containsExactlyInAnyOrder("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x");
        assertThat(Catalogs.quickCheckSuites()).containsExactly("compression", "inference");
    }
}
