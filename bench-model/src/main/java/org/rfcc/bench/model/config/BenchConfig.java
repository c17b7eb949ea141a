package org.rfcc.bench.model.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole benchmark configuration after any profile is merged; the defaults of the optional
 * keys ({@code forks}, {@code jvm_args}, {@code history.retention_months}) are in {@link
 * org.rfcc.bench.model.Defaults}.
 */
public record BenchConfig(
        Benchmarks benchmarks,
        Thresholds performanceThresholds,
        Reporting reporting,
        int forks,
        List<String> jvmArgs,
        int retentionMonths) {
    public BenchConfig {
        if (benchmarks == null || performanceThresholds == null || reporting == null) {
            throw new IllegalArgumentException("a config needs benchmarks, performance_thresholds and reporting");
        }
        Checks.atLeast("forks", forks, 1);
        jvmArgs = Checks.all("jvm_args", jvmArgs, Checks::text, "non-blank JVM flags");
        Checks.atLeast("retention_months", retentionMonths, 0);
    }

    /** This configuration with {@code forks} JMH forks per benchmark (a command-line override). */
    public BenchConfig withForks(int forks) {
        return new BenchConfig(benchmarks, performanceThresholds, reporting, forks, jvmArgs, retentionMonths);
    }

    /** The configuration as plain ordered maps and lists, shaped like the YAML (without profiles), for the run record. */
    public Map<String, Object> effective() {
        Compression c = benchmarks.compression();
        ModelsSection m = benchmarks.models();
        Hardware h = benchmarks.hardware();
        Thresholds t = performanceThresholds;
        return map(
                "benchmarks",
                map(
                        "compression",
                        map(
                                "document_sizes", c.documentSizes(),
                                "compression_ratios", c.compressionRatios(),
                                "repeat_count", c.repeatCount(),
                                "warmup_runs", c.warmupRuns()),
                        "models",
                        map("test_models", m.testModels(), "batch_sizes", m.batchSizes()),
                        "hardware",
                        map("cpu_only", h.cpuOnly(), "gpu_memory_limit", h.gpuMemoryLimit())),
                "performance_thresholds",
                map(
                        "compression_speed",
                        map("min_tokens_per_second", t.minTokensPerSecond(), "max_memory_gb", t.maxMemoryGb()),
                        "model_loading",
                        map("max_load_time_seconds", t.maxLoadTimeSeconds()),
                        "inference",
                        map(
                                "max_latency_ms", t.maxLatencyMs(),
                                "min_throughput_tokens_per_second", t.minThroughputTokensPerSecond())),
                "reporting",
                map(
                        "output_format", reporting.outputFormat(),
                        "include_system_info", reporting.includeSystemInfo(),
                        "generate_plots", reporting.generatePlots()),
                "forks",
                forks,
                "jvm_args",
                jvmArgs,
                "history",
                map("retention_months", retentionMonths));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
