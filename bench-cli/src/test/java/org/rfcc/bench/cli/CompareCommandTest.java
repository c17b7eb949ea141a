package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

final class CompareCommandTest {
    @TempDir
    Path dir;

    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    /** A run file of one speed benchmark, 5 forks, measured around {@code tokensPerSecond}. */
    private Path runFile(String name, double tokensPerSecond, Map<String, Object> config) throws IOException {
        Random random = new Random(name.hashCode());
        List<List<Double>> forks = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            double level = tokensPerSecond * (1 + 0.02 * random.nextGaussian());
            forks.add(List.of(level, level * 1.001, level * 0.999));
        }
        Metric speed = new Metric("tokens/s", Direction.HIGHER_IS_BETTER, forks);
        Metric heap =
                new Metric("MB", Direction.LOWER_IS_BETTER, List.of(List.of(300.0), List.of(300.0), List.of(300.0)));
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put("tokens_per_second", speed);
        metrics.put("peak_heap_mb", heap);
        Instant t = Instant.parse("2026-11-27T12:00:00Z");
        RunRecord run = new RunRecord(
                RunRecord.SCHEMA,
                name,
                t,
                t.plusSeconds(30),
                "quick",
                "run",
                new GitInfo(null, null, false),
                new Machine("fp", null, null, 2, 0, null, List.of(), null, null, false),
                config,
                List.of(BenchmarkResult.ok("compression", "compression_speed", Map.of("document_size", 1000), metrics)),
                List.of(),
                null);
        return Files.writeString(dir.resolve(name + ".json"), Json.pretty(run));
    }

    /** Stores {@code runs} earlier runs of the series at 20,000 tokens/s: the history a run-to-run noise comes from. */
    private void storeHistory(int runs) throws IOException {
        for (int i = 0; i < runs; i++) {
            Cli.Outcome o = run(
                    store(),
                    "ingest",
                    runFile("earlier-" + i, 20_000, Map.of("forks", 5)).toString());
            assertThat(o.code()).as(o.err()).isZero();
        }
    }

    private String store() {
        return "--store=jdbc:sqlite:" + dir.resolve("history.db");
    }

    @Test
    void compare_realSlowdown_isCriticalAndExitsOne() throws IOException {
        Path base = runFile("base", 20_000, Map.of("forks", 5));
        Path head = runFile("head", 14_000, Map.of("forks", 5));
        Cli.Outcome alone = run(store(), "compare", base.toString(), head.toString());
        assertThat(alone.code()).as("run-to-run noise unknown: at most info").isZero();
        assertThat(alone.out())
                .contains("1 regression at most info: run-to-run noise unknown", "NOT DECIDED: 1 key metric")
                .as("a regression that the unknown run-to-run noise may explain is not called no regression")
                .doesNotContain("no regression");
        storeHistory(6);

        Cli.Outcome table = run(store(), "compare", base.toString(), head.toString());
        assertThat(table.code()).as(table.err()).isEqualTo(1);
        assertThat(table.out()).contains("critical", "regression", "tokens_per_second", "CRITICAL: 1 critical");
        assertThat(run(store(), "compare", "--fail-on", "none", base.toString(), head.toString())
                        .code())
                .isZero();
        assertThat(run(store(), "compare", "--format", "markdown", base.toString(), head.toString())
                        .out())
                .contains("| level | kind | series |", "| compression/compression_speed/tokens_per_second");
    }

    @Test
    void compare_aRunWithItself_withAHistory_findsNoChange() throws IOException {
        Path base = runFile("base", 20_000, Map.of("forks", 5));
        storeHistory(6);
        Cli.Outcome o = run(store(), "compare", base.toString(), base.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("no regression: 0 critical, 0 warning, 0 info");
    }

    @Test
    void compare_json_followsTheContract() throws IOException {
        Path base = runFile("base", 20_000, Map.of("forks", 5));
        Path head = runFile("head", 14_000, Map.of("forks", 5));
        storeHistory(6);
        Cli.Outcome o =
                run(store(), "compare", "--format", "json", "--fail-on", "none", base.toString(), head.toString());
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(o.out());
        assertThat(json.get("schema").asText()).isEqualTo("rfcc-bench/comparison/v1");
        assertThat(json.get("base").get("run_id").asText()).isEqualTo("base");
        JsonNode speed = json.get("changes").get(0);
        assertThat(speed.get("kind").asText()).isEqualTo("regression");
        assertThat(speed.get("change_pct").asDouble()).isBetween(-35.0, -25.0);
        assertThat(speed.get("ci_pct")).hasSize(2);
        JsonNode heap = json.get("changes").get(1);
        assertThat(heap.get("metric").asText()).isEqualTo("peak_heap_mb");
        assertThat(heap.get("level").asText()).isEqualTo("none");
        assertThat(heap.get("note").asText()).startsWith("no variance between forks");
        assertThat(json.get("summary").get("critical").asInt()).isEqualTo(1);
    }

    @Test
    void compare_differentConfigs_isAUserError() throws IOException {
        Path base = runFile("base", 20_000, Map.of("forks", 5, "jvm_args", List.of()));
        Path head = runFile("head", 20_000, Map.of("forks", 5, "jvm_args", List.of("-Xmx1g")));
        Cli.Outcome o = run(store(), "compare", base.toString(), head.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("rfcc-bench: the runs used different configs (jvm_args differs)");
        assertThat(o.err().strip().lines()).hasSize(1);
    }

    @Test
    void compare_refWithoutStoredRun_saysHowToGetOne() throws IOException {
        Path head = runFile("head", 20_000, Map.of("forks", 5));
        Cli.Outcome o = run(store(), "compare", "HEAD", head.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no stored run of HEAD", "with profile quick", "--compare-with=HEAD");
    }

    @Test
    void compare_unknownRef_isAUserError() throws IOException {
        Path head = runFile("head", 20_000, Map.of("forks", 5));
        Cli.Outcome o = run(store(), "compare", "no-such-branch-or-run", head.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("'no-such-branch-or-run' is not a run file, a stored run id or a git ref");
    }

    @Test
    void compare_truncatedRunFile_isAUserError() throws IOException {
        Path head = runFile("head", 20_000, Map.of("forks", 5));
        String json = Files.readString(head);
        Path broken = Files.writeString(dir.resolve("broken.json"), json.substring(0, json.length() / 2));
        Cli.Outcome o = run(store(), "compare", broken.toString(), head.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("broken.json");
    }

    @Test
    void compare_badOptions_areUserErrors() throws IOException {
        Path head = runFile("head", 20_000, Map.of("forks", 5));
        assertThat(run(store(), "compare", "--format", "xml", head.toString(), head.toString())
                        .err())
                .contains("--format must be table, markdown or json, got 'xml'");
        assertThat(run(store(), "compare", "--fail-on", "loud", head.toString(), head.toString())
                        .code())
                .isEqualTo(2);
        Cli.Outcome missing = run(store(), "compare", head.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("HEAD");
    }

    @Test
    void compare_badAlertsFile_isAUserError() throws IOException {
        Path head = runFile("head", 20_000, Map.of("forks", 5));
        Path alerts = Files.writeString(
                dir.resolve("alerts.yaml"), "alerts:\n  compression_speed:\n    warning_threshold: fast\n");
        Cli.Outcome o = run(store(), "compare", "--alerts", alerts.toString(), head.toString(), head.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("alerts.yaml:3", "warning_threshold");
    }

    @Test
    void calibrate_oneRun_isAUserError() {
        Cli.Outcome o = run(store(), "calibrate", "--runs", "1");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--runs must be at least 2");
    }

    @Test
    void runCompareWith_unknownRef_failsBeforeRunning() {
        Cli.Outcome o = run(
                store(),
                "--config",
                "../benchmarks/config.yaml",
                "run",
                "--quick",
                "--compare-with",
                "no-such-ref",
                "--report-dir",
                dir.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--compare-with: 'no-such-ref' is not a git ref");
    }

    @Test
    void report_runFile_rebuildsTheFiles() throws IOException {
        Path file = runFile("head", 20_000, Map.of("forks", 5));
        Path out = dir.resolve("report");
        Cli.Outcome o = run(store(), "report", file.toString(), "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(out.resolve("benchmark_run.json")).isRegularFile();
        assertThat(out.resolve("benchmark_results.csv")).isRegularFile();
        assertThat(out.resolve("benchmark_results.json")).isRegularFile();
        assertThat(Files.readString(out.resolve("benchmark_summary.md"))).contains("Fit to release");
        assertThat(Json.MAPPER
                        .readTree(out.resolve("benchmark_run.json").toFile())
                        .get("run_id")
                        .asText())
                .isEqualTo("head");
    }

    @Test
    void report_unknownRunOrOutIsAFile_areUserErrors() throws IOException {
        Cli.Outcome unknown = run(store(), "report", "no-such-run-or-ref");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("'no-such-run-or-ref' is not a run file, a stored run id or a git ref");
        Path file = runFile("head", 20_000, Map.of("forks", 5));
        Cli.Outcome toFile = run(store(), "report", file.toString(), "--out", file.toString());
        assertThat(toFile.code()).isEqualTo(2);
        assertThat(toFile.err()).contains("is a file; give a directory");
    }

    @Test
    void help_listsTheNewCommands() {
        assertThat(run("--help").out()).contains("compare", "quick-check", "calibrate", "changepoints", "report");
        assertThat(run("compare", "--help").out()).contains("BASE", "HEAD", "--format", "--fail-on", "Benjamini");
    }
}
