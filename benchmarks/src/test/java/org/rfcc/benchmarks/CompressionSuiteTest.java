package org.rfcc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.runner.IterationSample;
import org.rfcc.bench.runner.RawRun;
import org.rfcc.bench.runner.ResourceProfiler;

final class CompressionSuiteTest {
    private static final List<String> STAGES = List.of("split_ms", "tokenize_ms", "embed_ms", "select_ms");

    // One iteration of 4 compressions taking 40 ms each: split 1, tokenize 3, embed 30, select 6 ms.
    private static IterationSample iteration(double compressions) {
        Map<String, Double> secondary = new HashMap<>();
        secondary.put(ResourceProfiler.CPU, 0.5);
        secondary.put(ResourceProfiler.PEAK_HEAP, 200.0);
        secondary.put(ResourceProfiler.PEAK_RSS, 400.0);
        secondary.put("gc.alloc.rate.norm", 1024.0 * 1024.0);
        secondary.put(StageCounters.SPLIT, 1 * compressions);
        secondary.put(StageCounters.TOKENIZE, 3 * compressions);
        secondary.put(StageCounters.EMBED, 30 * compressions);
        secondary.put(StageCounters.SELECT, 6 * compressions);
        secondary.put(StageCounters.COMPRESSIONS, compressions);
        return new IterationSample(40, secondary);
    }

    private static List<BenchmarkResult> finished() {
        Map<String, String> units = new HashMap<>();
        units.put(ResourceProfiler.CPU, "ratio");
        units.put(ResourceProfiler.PEAK_HEAP, "MB");
        units.put(ResourceProfiler.PEAK_RSS, "MB");
        units.put("gc.alloc.rate.norm", "B/op");
        StageCounters.ALL.forEach(n -> units.put(n, "#"));
        RawRun raw = new RawRun(
                List.of(List.of(iteration(4), iteration(6)), List.of(iteration(5), iteration(1))), List.of(), units);
        Map<String, Object> params = Map.of("model", "rfcc-base-4x", "document_size", 1000, "compression_ratio", 4);
        BenchmarkResult speed = BenchmarkResult.ok(
                CompressionSuite.NAME, CompressionSuite.SPEED, params, CompressionSuite.timed(raw, 1000));
        return new CompressionSuite().finish(List.of(speed));
    }

    @Test
    void finish_splitsTheStageTimesIntoCompressionStages_meanPerCompression_onePerIterationAndFork() {
        List<BenchmarkResult> out = finished();
        assertThat(out)
                .extracting(BenchmarkResult::benchmark)
                .containsExactly(CompressionSuite.SPEED, CompressionSuite.MEMORY, CompressionSuite.STAGES);
        Map<String, Metric> stages = out.get(2).metrics();
        assertThat(stages).containsOnlyKeys(STAGES);
        assertThat(stages.values()).allSatisfy(m -> {
            assertThat(m.unit()).isEqualTo("ms");
            assertThat(m.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
            assertThat(m.forks()).isEqualTo(2);
            assertThat(m.sampleCount()).isEqualTo(4);
        });
        assertThat(stages.get("embed_ms").samples()).containsExactly(List.of(30.0, 30.0), List.of(30.0, 30.0));
        double sum = STAGES.stream().mapToDouble(n -> stages.get(n).value()).sum();
        assertThat(sum).isCloseTo(out.get(0).metrics().get("end_to_end_ms").value(), within(1e-9));
    }

    @Test
    void finish_leavesNeitherStageMetricsNorTheRawCountersOnCompressionSpeed() {
        List<BenchmarkResult> out = finished();
        assertThat(out.get(0).metrics())
                .containsKeys("tokens_per_second", "end_to_end_ms", "documents_per_minute", "cpu_utilization")
                .doesNotContainKeys(STAGES.toArray(String[]::new))
                .doesNotContainKeys(StageCounters.ALL.toArray(String[]::new));
        assertThat(out.get(1).metrics()).containsOnlyKeys("peak_heap_mb", "peak_rss_mb", "alloc_mb_per_op");
    }

    @Test
    void stageMetrics_areSpeedInTheAlertClasses() {
        finished().get(2).metrics().forEach((name, m) -> assertThat(AlertClass.of(name, m.unit()))
                .as(name)
                .contains(AlertClass.COMPRESSION_SPEED));
    }

    @Test
    void baselineRetentions_areInNoAlertClass_whileRetentionWithTheQueryIsAccuracy() {
        for (String name : List.of(
                "information_retention_no_query", "information_retention_random", "information_retention_lead_n")) {
            assertThat(Catalogs.alertClass(CompressionSuite.NAME, CompressionSuite.QUALITY, name, "score"))
                    .as(name)
                    .isEqualTo(Optional.empty());
        }
        assertThat(Catalogs.alertClass(
                        CompressionSuite.NAME, CompressionSuite.QUALITY, "information_retention", "score"))
                .contains(AlertClass.MODEL_ACCURACY);
    }
}
