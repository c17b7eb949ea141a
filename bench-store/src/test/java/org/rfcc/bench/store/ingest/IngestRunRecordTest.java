package org.rfcc.bench.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;

/** Our own run records pass through as they are; labels only fill what they lack. */
final class IngestRunRecordTest {
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final Labels LABELS = new Labels("89abcdef0123456789abcdef0123456789abcdef", "main", "labelled-box");

    @TempDir
    Path dir;

    static RunRecord record() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 1000);
        params.put("compression_ratio", 4);
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put(
                "tokens_per_second",
                new Metric(
                        "tokens/s",
                        Direction.HIGHER_IS_BETTER,
                        List.of(List.of(23001.2, 23510.9), List.of(23890.1, 23420.5))));
        metrics.put("f1", Metric.exact("ratio", Direction.HIGHER_IS_BETTER, 0.91));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("forks", 2);
        return new RunRecord(
                RunRecord.SCHEMA,
                "5f0e0f52-2a44-4d0e-9f7c-1c0e7f1d3a10",
                Instant.parse("2026-11-27T15:00:00Z"),
                Instant.parse("2026-11-27T15:09:30Z"),
                "full",
                "run",
                new GitInfo(COMMIT, "feature", true),
                new Machine(
                        "fp1", "Linux", "AMD EPYC", 2, 25L << 30, "OpenJDK 17", List.of("-Xmx2g"), "G1", null, false),
                config,
                List.of(
                        BenchmarkResult.ok("compression", "compression_speed", params, metrics),
                        BenchmarkResult.failed(
                                "models", "model_loading", Map.of("model", "rfcc-base-8x"), "fork died")),
                List.of(new ThresholdCheck(
                        "compression_speed.min_tokens_per_second",
                        1000,
                        23456.7,
                        true,
                        "compression/compression_speed",
                        params,
                        null)),
                null);
    }

    @Test
    void parse_ownRunRecord_keepsItAsItIs() {
        RunRecord original = record();
        Path file = TestFiles.write(dir, "benchmark_run.json", Json.pretty(original));

        RunRecord parsed = Ingest.parse(file, LABELS);

        assertThat(parsed).isEqualTo(original);
        assertThat(parsed.source()).isEqualTo("run");
        assertThat(parsed.runId()).isEqualTo("5f0e0f52-2a44-4d0e-9f7c-1c0e7f1d3a10");
    }

    @Test
    void parse_runRecordWithoutCommit_takesTheGitLabelsAndKeepsItsMachine() {
        RunRecord run = Ingest.parse(TestFiles.resource("run-record-no-commit.json"), LABELS);

        assertThat(run.git()).isEqualTo(new GitInfo("89abcdef0123456789abcdef0123456789abcdef", "main", true));
        assertThat(run.machine().fingerprint()).isEqualTo("a1b2c3d4");
        assertThat(run.source()).isEqualTo("pre-commit");
        assertThat(run.profile()).isEqualTo("quick");
        assertThat(run.results().get(0).metrics().get("tokens_per_second").samples())
                .containsExactly(List.of(23001.2, 23510.9), List.of(23890.1, 23420.5));
    }

    @Test
    void parse_runRecordWithoutMachine_takesTheMachineLabel() {
        String text = TestFiles.text("run-record-no-commit.json")
                .replaceFirst("(?s)\"machine\": \\{.*?\\},\\s*\"config\"", "\"machine\": null, \"config\"");
        Path file = TestFiles.write(dir, "run.json", text);

        assertThat(Ingest.parse(file, LABELS).machine().fingerprint()).isEqualTo("labelled-box");
        assertThat(Ingest.parse(file, Labels.none()).machine().fingerprint()).isEqualTo("unknown");
    }

    @Test
    void parse_unknownSchema_failsNamingIt() {
        Path file = TestFiles.write(dir, "run.json", "{\"schema\": \"rfcc-bench/run/v2\", \"run_id\": \"x\"}");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ": unknown schema \"rfcc-bench/run/v2\"; expected \"rfcc-bench/run/v1\"");
    }

    @Test
    void parse_runRecordWithNaNSample_failsNamingTheMetric() {
        Path file = TestFiles.edited(dir, "run-record-no-commit.json", "23510.9", "\"NaN\"");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessageStartingWith(file + ": invalid run record at results[0].metrics.tokens_per_second (line ")
                .hasMessageEndingWith("a metric's samples must be finite numbers, got NaN");
    }

    @Test
    void parse_runRecordWithBadDirection_failsWithWhereAndWhy() {
        Path file = TestFiles.edited(dir, "run-record-no-commit.json", "\"higher_is_better\"", "\"up\"");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessageStartingWith(
                        file + ": invalid run record at results[0].metrics.tokens_per_second.direction" + " (line ")
                .hasMessageEndingWith("direction must be higher_is_better or lower_is_better, got up");
    }

    @Test
    void parse_runRecordWithoutResults_failsNamingTheField() {
        Path file = TestFiles.write(dir, "run.json", Json.pretty(record()).replace("\"results\"", "\"outcomes\""));

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": the run record has no \"results\"");
    }
}
