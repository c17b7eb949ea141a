package org.rfcc.bench.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class BenchConfigTest {
    private static final Set<String> MODELS = Set.of("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x");
    private static final Path DEFAULT = resource("/config/config.yaml");

    @Test
    void effective_defaultFile_hasTheYamlShapeWithoutProfiles() {
        Map<String, Object> effective = ConfigLoader.load(DEFAULT, null, MODELS).effective();

        assertThat(effective)
                .containsOnlyKeys("benchmarks", "performance_thresholds", "reporting", "forks", "jvm_args", "history");
        assertThat(effective.keySet())
                .containsExactly("benchmarks", "performance_thresholds", "reporting", "forks", "jvm_args", "history");
        assertThat(effective)
                .isEqualTo(Map.of(
                        "benchmarks",
                        Map.of(
                                "compression",
                                Map.of(
                                        "document_sizes",
                                        List.of(1000, 5000, 10000, 50000, 100000),
                                        "compression_ratios",
                                        List.of(2.0, 4.0, 8.0, 16.0, 32.0),
                                        "repeat_count",
                                        5,
                                        "warmup_runs",
                                        2),
                                "models",
                                Map.of(
                                        "test_models", List.of("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x"),
                                        "batch_sizes", List.of(1, 4, 8, 16)),
                                "hardware",
                                Map.of("cpu_only", true, "gpu_memory_limit", "8GB")),
                        "performance_thresholds",
                        Map.of(
                                "compression_speed",
                                Map.of("min_tokens_per_second", 1000.0, "max_memory_gb", 4.0),
                                "model_loading",
                                Map.of("max_load_time_seconds", 30.0),
                                "inference",
                                Map.of("max_latency_ms", 500.0, "min_throughput_tokens_per_second", 100.0)),
                        "reporting",
                        Map.of(
                                "output_format", List.of("json", "html", "csv"),
                                "include_system_info", true,
                                "generate_plots", true),
                        "forks",
                        1,
                        "jvm_args",
                        List.of(),
                        "history",
                        Map.of("retention_months", 12)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void effective_quickProfile_showsTheMergedValues() {
        Map<String, Object> effective =
                ConfigLoader.load(DEFAULT, "quick", MODELS).effective();

        Map<String, Object> benchmarks = (Map<String, Object>) effective.get("benchmarks");
        assertThat((Map<String, Object>) benchmarks.get("compression"))
                .containsEntry("document_sizes", List.of(1000))
                .containsEntry("repeat_count", 2);
        assertThat(((Map<String, Object>) benchmarks.get("compression")).keySet())
                .containsExactly("document_sizes", "compression_ratios", "repeat_count", "warmup_runs");
    }

    private static Path resource(String name) {
        try {
            return Path.of(BenchConfigTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
