package org.rfcc.bench.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AlertClassTest {
    @ParameterizedTest
    @CsvSource({
        // Every metric of CONTRACT.md's table, with the unit the benchmarks module gives it.
        "tokens_per_second, tokens/s, COMPRESSION_SPEED",
        "end_to_end_ms, ms, COMPRESSION_SPEED",
        "documents_per_minute, documents/min, COMPRESSION_SPEED",
        "cpu_utilization, ratio, ",
        "achieved_ratio, ratio, ",
        "ratio_error, ratio, ",
        // No unit makes an accuracy: a suite's catalog names its quality scores (RfccCatalogTest).
        "information_retention, score, ",
        "f1, score, ",
        "peak_heap_mb, MB, MEMORY_USAGE",
        "peak_rss_mb, MB, MEMORY_USAGE",
        "alloc_mb_per_op, MB/op, MEMORY_USAGE",
        "load_time_ms, ms, COMPRESSION_SPEED",
        "latency_p50_ms, ms, COMPRESSION_SPEED",
        "latency_p99_ms, ms, COMPRESSION_SPEED",
        "first_token_latency_ms, ms, COMPRESSION_SPEED",
        "throughput_tokens_per_second, tokens/s, COMPRESSION_SPEED",
        "batch_efficiency, ratio, ",
        "gpu_memory_mb, MB, MEMORY_USAGE",
        // JMH results ingested from other projects: the primary "score" in every mode, and -prof gc.
        "score, ops/s, COMPRESSION_SPEED",
        "score, ops/ms, COMPRESSION_SPEED",
        "score, ops/us, COMPRESSION_SPEED",
        "score, ms/op, COMPRESSION_SPEED",
        "score, ns/op, COMPRESSION_SPEED",
        "score, us/op, COMPRESSION_SPEED",
        "score, \u00b5s/op, COMPRESSION_SPEED",
        "score, s/op, COMPRESSION_SPEED",
        "score, s, COMPRESSION_SPEED",
        "score, docs/min, COMPRESSION_SPEED",
        "score, MB/s, COMPRESSION_SPEED",
        "score, ops/sec, COMPRESSION_SPEED",
        "gc.alloc.rate, MB/sec, ",
        "gc.alloc.rate.norm, B/op, MEMORY_USAGE",
        "gc.count, counts, ",
        "gc.time, ms, ",
        "score, B/op, MEMORY_USAGE",
        "size, bytes, MEMORY_USAGE",
        "index_size, KB, MEMORY_USAGE",
        "cache, GB, MEMORY_USAGE",
        "heapUsed, counts, MEMORY_USAGE",
        "score, counts, ",
        "score, %, ",
        "score, '', ",
        "hit_rate, ratio, ",
    })
    void of_metricAndUnit_classifiesByNameThenUnit(String metric, String unit, AlertClass expected) {
        assertThat(AlertClass.of(metric, unit)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void of_accuracyNames_areExact() {
        assertThat(AlertClass.of("F1", "score")).isEmpty();
        assertThat(AlertClass.of("f1_macro", "score")).isEmpty();
    }

    @Test
    void key_isTheYamlKey() {
        assertThat(Arrays.stream(AlertClass.values()).map(AlertClass::key))
                .containsExactly("compression_speed", "memory_usage", "model_accuracy");
    }
}
