package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.runner.DirectPlan;
import org.rfcc.bench.runner.Plan;

final class ConsoleProgressTest {
    private static final Supplier<Map<String, Metric>> NOTHING = Map::of;

    @Test
    void plainOutput_oneLinePerBenchmark_withOutcomeAndEta() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
        Plan a = new DirectPlan("compression", "compression_ratio", Map.of("model", "m"), NOTHING);
        Plan b = new DirectPlan("models", "model_loading", Map.of(), NOTHING);
        progress.planned(List.of(a, b));
        progress.started(0, 2, a);
        progress.finished(
                0, 2, a, BenchmarkResult.ok("compression", "compression_ratio", Map.of("model", "m"), Map.of()), 1.5);
        progress.started(1, 2, b);
        progress.finished(1, 2, b, BenchmarkResult.failed("models", "model_loading", Map.of(), "fork died"), 0.5);
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .matches("\\[1/2\\] compression/compression_ratio\\[model=m\\] ok \\(1\\.5 s, ETA \\d+s\\)");
        assertThat(lines.get(1)).isEqualTo("[2/2] models/model_loading FAILED: fork died (0.5 s, ETA 0s)");
    }

    @Test
    void terminal_redrawsOneBarInPlace() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true);
        Plan a = new DirectPlan("s", "b", Map.of(), NOTHING);
        progress.planned(List.of(a));
        progress.started(0, 1, a);
        assertThat(text.toString()).startsWith("\r\033[K[").contains("1/1 s/b");
        assertThat(text.toString()).doesNotContain("\n");
    }
}
