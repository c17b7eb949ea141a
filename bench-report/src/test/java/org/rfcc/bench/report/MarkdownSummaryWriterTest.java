package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Level;

final class MarkdownSummaryWriterTest {
    private static final String HOSTILE = "<script>alert(1)</script>|\"><img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    static RunRecord run(boolean withComparison, boolean failing) {
        Map<String, Object> params = Map.of("model", "rfcc-base-4x");
        BenchmarkResult ok = BenchmarkResult.ok(
                "compression",
                "compression_speed",
                params,
                Map.of("tokens_per_second", Metric.exact("tokens/s", Direction.HIGHER_IS_BETTER, 9000)));
        List<BenchmarkResult> results = failing
                ? List.of(
                        ok,
                        BenchmarkResult.failed("models", "model_loading", Map.of("model", HOSTILE), "boom\n" + HOSTILE))
                : List.of(ok);
        List<ThresholdCheck> thresholds = List.of(
                new ThresholdCheck(
                        "compression_speed.min_tokens_per_second",
                        1000,
                        9000.0,
                        true,
                        "compression/compression_speed",
                        params,
                        null),
                new ThresholdCheck(
                        "inference.max_latency_ms",
                        500,
                        failing ? 620.0 : 320.0,
                        !failing,
                        "inference/inference_latency",
                        Map.of(),
                        null));
        RunRecord run = new RunRecord(
                RunRecord.SCHEMA,
                "0f1e2d3c-run",
                Instant.EPOCH,
                Instant.EPOCH,
                "quick",
                "run",
                new GitInfo("0123456789abcdef0123456789abcdef01234567", "main", failing),
                new Machine("f", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                results,
                thresholds,
                null);
        return withComparison
                ? ReportFixtures.withComparison(run, ReportFixtures.change(Level.CRITICAL, false, 9.8, null))
                : run;
    }

    @Test
    void render_hostileNames_leaveNoLiveMarkupAndNoBrokenTable() {
        String md = MarkdownSummaryWriter.render(run(false, true));
        assertThat(md).doesNotContain("<script>", "<img", "onerror=alert(1)>");
        assertThat(md).contains("&lt;script&gt;", "boom &lt;script&gt;");
        md.lines().filter(l -> l.startsWith("| models/")).forEach(l -> assertThat(l.split("(?<!\\\\)\\|"))
                .hasSize(4));
    }

    @Test
    void verdict_saysWhetherTheRunIsFitToRelease() {
        assertThat(MarkdownSummaryWriter.render(run(false, false)))
                .contains("**Fit to release: every benchmark ran, every threshold passed.**")
                .contains("No comparison: run with `--compare-with=REF`");
        assertThat(MarkdownSummaryWriter.render(run(true, true)))
                .contains("**Not fit to release: 1 benchmark failed; 1 threshold breached; 1 critical and 0 warning"
                        + " regressions.**");
    }

    @Test
    void write_putsTheFileWhole() throws IOException {
        Path file = dir.resolve("benchmark_summary.md");
        new MarkdownSummaryWriter().write(run(true, false), file);
        assertThat(Files.readString(file)).startsWith("## rfcc-bench: run `0f1e2d3c-run` (quick) at `0123456789`");
    }
}
