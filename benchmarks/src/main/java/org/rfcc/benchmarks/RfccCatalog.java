package org.rfcc.benchmarks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck.Bound;
import org.rfcc.bench.model.ThresholdRule;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.Thresholds;
import org.rfcc.bench.model.seam.Catalog;
import org.rfcc.bench.model.seam.KeySeries;
import org.rfcc.bench.model.seam.Rule;
import org.rfcc.benchmarks.report.RfccReports;
import org.rfcc.compressor.ModelPreset;

/**
 * What the framework knows of RFCC's suites, through the suite seam: which alert class covers
 * each metric (CONTRACT.md, "Alert classes"), which benchmark each of the seed's thresholds judges,
 * the report's key series and rules, the models the config may name, and the pre-commit suites.
 */
public final class RfccCatalog implements Catalog {
    /** The quality scores: the model_accuracy class. */
    static final Set<String> ACCURACY = Set.of("information_retention", "reconstruction_quality", "f1");

    /*
     * Metrics of ours that no class covers, on purpose. cpu_utilization is a share of the machine,
     * not a time: it rises when the compressor gets faster. achieved_ratio and ratio_error say how
     * well a model hits its target ratio, which is neither speed nor the accuracy the contract
     * names. batch_efficiency is a ratio of two throughputs that are themselves covered as speed.
     * Listed so that a unit given to them later cannot pull them into a class by accident.
     */
    static final Set<String> UNCLASSED = Set.of("cpu_utilization", "achieved_ratio", "ratio_error", "batch_efficiency");

    @Override
    public Set<String> suites() {
        return Set.of(CompressionSuite.NAME, ModelsSuite.NAME, InferenceSuite.NAME);
    }

    @Override
    public Optional<AlertClass> alertClass(String benchmark, String metric, String unit) {
        if (ACCURACY.contains(metric)) {
            return Optional.of(AlertClass.MODEL_ACCURACY);
        }
        if (UNCLASSED.contains(metric)) {
            return Optional.empty();
        }
        return Catalog.super.alertClass(benchmark, metric, unit);
    }

    /** The seed's performance_thresholds, each against the worst value of the metric it names. */
    @Override
    public List<ThresholdRule> thresholds(Thresholds t) {
        return List.of(
                new ThresholdRule(
                        "compression_speed.min_tokens_per_second",
                        t.minTokensPerSecond(),
                        Bound.MIN,
                        "compression/compression_speed",
                        "tokens_per_second",
                        v -> v),
                new ThresholdRule(
                        "compression_speed.max_memory_gb",
                        t.maxMemoryGb(),
                        Bound.MAX,
                        "compression/memory_usage",
                        "peak_rss_mb",
                        mb -> mb / 1024),
                new ThresholdRule(
                        "model_loading.max_load_time_seconds",
                        t.maxLoadTimeSeconds(),
                        Bound.MAX,
                        "models/model_loading",
                        "load_time_ms",
                        ms -> ms / 1000),
                new ThresholdRule(
                        "inference.max_latency_ms",
                        t.maxLatencyMs(),
                        Bound.MAX,
                        "inference/inference_latency",
                        "latency_p99_ms",
                        v -> v),
                new ThresholdRule(
                        "inference.min_throughput_tokens_per_second",
                        t.minThroughputTokensPerSecond(),
                        Bound.MIN,
                        "inference/batch_processing",
                        "throughput_tokens_per_second",
                        v -> v));
    }

    @Override
    public List<KeySeries> keySeries(RunRecord run) {
        return RfccReports.keySeries(run);
    }

    @Override
    public List<Rule> rules() {
        return RfccReports.rules();
    }

    @Override
    public Set<String> models() {
        return new LinkedHashSet<>(List.of(ModelPreset.ids().split(", ")));
    }

    @Override
    public List<String> quickCheckSuites() {
        return List.of(CompressionSuite.NAME, InferenceSuite.NAME);
    }

    /**
     * First-output latency and batch throughput (8 s a fork each here) would double the check, and the
     * deterministic quality pass (3 s a side) is the same before a commit as in CI's full run: the
     * check keeps compression speed and memory, and inference latency.
     */
    @Override
    public List<String> quickCheckExcludes() {
        return List.of(
                "^" + CompressionSuite.NAME + "/" + CompressionSuite.QUALITY + "\\b",
                "^" + InferenceSuite.NAME + "/" + InferenceSuite.FIRST_OUTPUT + "\\b",
                "^" + InferenceSuite.NAME + "/" + InferenceSuite.BATCH + "\\b");
    }
}
