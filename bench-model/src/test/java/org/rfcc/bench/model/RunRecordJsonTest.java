package org.rfcc.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals the JSON shape of the run record (schema rfcc-bench/run/v1) with a golden file, like
 * JMH's ResultFormatTest: fixed {@code Random(12345)} data, written under several locales.
 */
final class RunRecordJsonTest {
    static RunRecord sample() {
        Random random = new Random(12345);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 10000);
        params.put("compression_ratio", 4);
        List<List<Double>> samples = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            List<Double> iterations = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                iterations.add(20000 + Math.floor(random.nextDouble() * 100000) / 100);
            }
            samples.add(iterations);
        }
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put("tokens_per_second", new Metric("tokens/s", Direction.HIGHER_IS_BETTER, samples));
        metrics.put("f1", Metric.exact("score", Direction.HIGHER_IS_BETTER, 0.875));
        List<BenchmarkResult> results = List.of(
                BenchmarkResult.ok("compression", "compression_speed", params, metrics),
                BenchmarkResult.failed(
                        "models",
                        "model_loading",
                        Map.of("model", "rfcc-base-8x"),
                        "OutOfMemoryError: Java heap space"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("forks", 2);
        config.put("jvm_args", List.of());
        return new RunRecord(
                RunRecord.SCHEMA,
                "3f0c2a4e-7a51-4c1b-9a57-1d2f0f6c9b10",
                Instant.parse("2026-11-27T15:00:00Z"),
                Instant.parse("2026-11-27T15:09:30.5Z"),
                "full",
                "run",
                new GitInfo("0123456789abcdef0123456789abcdef01234567", "main", false),
                new Machine(
                        "0ba1453402fc57d3",
                        "GNU/Linux Debian 12",
                        "AMD EPYC",
                        2,
                        25276026880L,
                        "OpenJDK 64-Bit Server VM 17.0.15",
                        List.of("-Xmx2g"),
                        "G1 Young Generation, G1 Old Generation",
                        null,
                        false),
                config,
                results,
                List.of(new ThresholdCheck(
                        "compression_speed.min_tokens_per_second",
                        1000,
                        20500.25,
                        true,
                        "compression/compression_speed",
                        params,
                        ThresholdCheck.Bound.MIN)),
                null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR", "ar-EG"})
    void pretty_matchesTheGoldenFile_inEveryLocale(String tag) throws IOException {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(tag));
        try (InputStream in = getClass().getResourceAsStream("/golden/run-record.json")) {
            String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Json.pretty(sample())).isEqualTo(golden);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void readBack_writesTheSameJsonAgain() throws IOException {
        RunRecord back = Json.MAPPER.readValue(Json.pretty(sample()), RunRecord.class);
        assertThat(Json.pretty(back)).isEqualTo(Json.pretty(sample()));
        assertThat(back.results().get(1).status()).isEqualTo(Status.FAILED);
        assertThat(back.startedAt()).isEqualTo(sample().startedAt());
    }
}
