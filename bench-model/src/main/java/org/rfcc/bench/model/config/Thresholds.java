package org.rfcc.bench.model.config;

/**
 * The performance thresholds a run is checked against; flat here, nested in YAML under
 * compression_speed, model_loading and inference.
 */
public record Thresholds(
        double minTokensPerSecond,
        double maxMemoryGb,
        double maxLoadTimeSeconds,
        double maxLatencyMs,
        double minThroughputTokensPerSecond) {
    public Thresholds {
        Checks.positive("min_tokens_per_second", minTokensPerSecond);
        Checks.positive("max_memory_gb", maxMemoryGb);
        Checks.positive("max_load_time_seconds", maxLoadTimeSeconds);
        Checks.positive("max_latency_ms", maxLatencyMs);
        Checks.positive("min_throughput_tokens_per_second", minThroughputTokensPerSecond);
    }
}
