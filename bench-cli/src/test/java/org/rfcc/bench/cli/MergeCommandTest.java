package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
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

final class MergeCommandTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    @Test
    void merge_joinsTheShards_storesTheRun_andWritesItsFiles() throws IOException {
        Path one = shard("1/2", COMMIT, List.of(1000, 10000));
        Path two = shard("2/2", COMMIT, List.of(100000));
        Cli.Outcome o = Cli.run(store(), "merge", two.toString(), one.toString(), "--report-dir", out().toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("3 of 3 benchmarks ok").contains("stored run");
        JsonNode merged =
                Json.MAPPER.readTree(out().resolve("benchmark_run.json").toFile());
        assertThat(merged.path("results")).hasSize(3);
        assertThat(merged.path("config").has("shard")).isFalse();
        assertThat(merged.path("plan_seconds")).hasSize(3);
        assertThat(Files.exists(out().resolve("benchmark_results.json"))).isTrue();
        Cli.Outcome history = Cli.run(store(), "history", "--format", "json");
        assertThat(history.code()).as(history.err()).isZero();
    }

    @Test
    void shardsOfTwoCommits_areOneLine_andExit2_andNothingIsStored() throws IOException {
        Path one = shard("1/2", COMMIT, List.of(1000));
        Path two = shard("2/2", "fedcba9876543210fedcba9876543210fedcba98", List.of(10000));
        Cli.Outcome o = Cli.run(store(), "merge", one.toString(), two.toString(), "--report-dir", out().toString());
        assertThat(o.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(o.err().strip().lines())
                .singleElement()
                .asString()
                .startsWith("rfcc-bench: cannot merge shards of different commits: shard 1/2 has " + COMMIT);
        assertThat(Files.exists(out())).isFalse();
    }

    @Test
    void aMissingOrTruncatedRunFile_isOneLine_andExit2() throws IOException {
        Path one = shard("1/2", COMMIT, List.of(1000));
        Cli.Outcome missing = Cli.run(
                store(), "merge", one.toString(), dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err().strip())
                .isEqualTo("rfcc-bench: no run file " + dir.resolve("nope.json")
                        + " (merge takes the benchmark_run.json of each shard)");
        String json = Files.readString(shard("2/2", COMMIT, List.of(10000)));
        Path truncated = Files.writeString(dir.resolve("truncated.json"), json.substring(0, json.length() / 2));
        Cli.Outcome cut = Cli.run(store(), "merge", one.toString(), truncated.toString());
        assertThat(cut.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(cut.err().strip().lines()).singleElement().asString().contains("truncated.json");
    }

    @Test
    void aBadShard_isOneLine_andExit2_beforeAnythingRuns() {
        Cli.Outcome o = Cli.run(store(), "run", "--quick", "--shard", "3/2");
        assertThat(o.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(o.err().strip()).isEqualTo("rfcc-bench: --shard I/N needs 1 <= I <= N, got 3/2");
        Cli.Outcome withCompare = Cli.run(store(), "run", "--quick", "--shard", "1/2", "--compare-with", "HEAD");
        assertThat(withCompare.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(withCompare.err()).contains("leave out --compare-with");
    }

    private Path out() {
        return dir.resolve("merged");
    }

    private String store() {
        return "--store=jdbc:sqlite:" + dir.resolve("history.db");
    }

    /** The run file of shard {@code shard} of a run at {@code commit}: one speed result per document size. */
    private Path shard(String shard, String commit, List<Integer> sizes) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("forks", 2);
        config.put("shard", shard);
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<BenchmarkResult> results = sizes.stream()
                .map(size -> {
                    seconds.put("compression/compression_speed[document_size=" + size + "]", 4.0);
                    return BenchmarkResult.ok(
                            "compression",
                            "compression_speed",
                            Map.of("document_size", size),
                            Map.of(
                                    "tokens_per_second",
                                    new Metric(
                                            "tokens/s",
                                            Direction.HIGHER_IS_BETTER,
                                            List.of(List.of(20_000.0, 20_100.0), List.of(19_900.0)))));
                })
                .toList();
        Instant t = Instant.parse("2026-12-01T12:00:00Z");
        RunRecord run = new RunRecord(
                RunRecord.SCHEMA,
                "shard-" + shard.replace('/', '-') + "-" + commit.substring(0, 4),
                t,
                t.plusSeconds(30),
                "quick",
                "ci",
                new GitInfo(commit, "main", false),
                new Machine("fp", "Linux", "cpu", 2, 1L << 34, "jvm", List.of(), "G1", null, false),
                config,
                results,
                List.of(),
                null,
                null,
                seconds);
        return Files.writeString(
                dir.resolve("shard-" + shard.replace('/', '-') + commit.charAt(0) + ".json"), Json.pretty(run));
    }
}
