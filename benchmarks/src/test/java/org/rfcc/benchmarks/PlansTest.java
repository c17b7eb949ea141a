package org.rfcc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.runner.JmhPlan;

final class PlansTest {
    private static Metric m(double v) {
        return Metric.exact("ms", Direction.LOWER_IS_BETTER, v);
    }

    @Test
    void split_movesTheNamedMetricsIntoOneBenchmarkPerPart_inOrder_failuresToEach() {
        List<BenchmarkResult> out = Plans.split(
                List.of(
                        BenchmarkResult.ok(
                                "c", "speed", Map.of("n", 1), Map.of("t", m(1), "heap", m(2), "split", m(3))),
                        BenchmarkResult.failed("c", "speed", Map.of("n", 2), "boom")),
                "speed",
                List.of(new Plans.Part("memory", List.of("heap")), new Plans.Part("stages", List.of("split"))));
        assertThat(out)
                .extracting(BenchmarkResult::benchmark)
                .containsExactly("speed", "memory", "stages", "speed", "memory", "stages");
        assertThat(out.get(0).metrics()).containsOnlyKeys("t");
        assertThat(out.get(1).metrics()).containsOnlyKeys("heap");
        assertThat(out.get(2).metrics()).containsOnlyKeys("split");
        assertThat(out.subList(4, 6)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.error()).isEqualTo("boom");
        });
    }

    @Test
    void split_aMetricTheResultLacks_failsNamingIt() {
        List<BenchmarkResult> results = List.of(BenchmarkResult.ok("c", "speed", Map.of("n", 1), Map.of("t", m(1))));
        List<Plans.Part> parts = List.of(new Plans.Part("memory", List.of("heap")));
        assertThatThrownBy(() -> Plans.split(results, "speed", parts))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("c/speed has no metric 'heap' to move into memory");
    }

    @Test
    void merge_addsThePartsMetrics_andAFailedPartFailsTheWhole() {
        List<BenchmarkResult> out = Plans.merge(
                List.of(
                        BenchmarkResult.ok("i", "latency", Map.of("b", 1), Map.of("p50", m(1))),
                        BenchmarkResult.ok("i", "first", Map.of("b", 1), Map.of("first", m(2))),
                        BenchmarkResult.ok("i", "latency", Map.of("b", 4), Map.of("p50", m(1))),
                        BenchmarkResult.failed("i", "first", Map.of("b", 4), "fork died")),
                "first",
                "latency");
        assertThat(out).hasSize(2);
        assertThat(out.get(0).metrics()).containsOnlyKeys("p50", "first");
        assertThat(out.get(1).status()).isEqualTo(Status.FAILED);
        assertThat(out.get(1).error()).isEqualTo("fork died");
    }

    @Test
    void camelAndNumber_mapContractNamesToJmhOnes() {
        assertThat(Plans.camel("document_size")).isEqualTo("documentSize");
        JmhPlan plan = Plans.jmh(
                new Plans.Iterations(0, 1, 1),
                "s",
                "b",
                Map.of("compression_ratio", 4.0),
                Object.class,
                "m",
                Mode.AverageTime,
                false,
                raw -> Map.of());
        assertThat(plan.params()).containsEntry("compression_ratio", 4L);
        assertThat(plan.jmhParams()).containsEntry("compressionRatio", "4");
        assertThat(plan.label()).isEqualTo("s/b[compression_ratio=4]");
    }
}
