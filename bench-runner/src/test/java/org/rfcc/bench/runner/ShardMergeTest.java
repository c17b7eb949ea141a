package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.UserException;

final class ShardMergeTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void theShards_makeOneRun_everyResultOnce_theWorstThresholdKept() {
        RunRecord one = shard("1/2", COMMIT, "fp", 0, List.of("a", "c"), check(900, true));
        RunRecord two = shard("2/2", COMMIT, "fp", 60, List.of("b"), check(1200, true));
        RunRecord merged = RunMerge.shards(List.of(two, one));
        assertThat(merged.results()).extracting(BenchmarkResult::benchmark).containsExactly("a", "c", "b");
        assertThat(merged.config()).doesNotContainKey(RunService.SHARD_KEY).containsEntry("forks", 3);
        assertThat(merged.startedAt()).isEqualTo(one.startedAt());
        assertThat(merged.finishedAt()).isEqualTo(two.finishedAt());
        assertThat(merged.planSeconds()).containsOnlyKeys("s/a", "s/c", "s/b");
        assertThat(merged.thresholds()).singleElement().satisfies(c -> assertThat(c.observed())
                .as("the highest latency of the two, as one run would have found")
                .isEqualTo(1200));
        assertThat(merged.runId()).isNotIn(one.runId(), two.runId());
    }

    @Test
    void shardsOfTwoCommits_areRefused() {
        RunRecord one = shard("1/2", COMMIT, "fp", 0, List.of("a"), null);
        RunRecord two = shard("2/2", "fedcba9876543210fedcba9876543210fedcba98", "fp", 0, List.of("b"), null);
        assertThatThrownBy(() -> RunMerge.shards(List.of(one, two)))
                .isInstanceOf(UserException.class)
                .hasMessage("cannot merge shards of different commits: shard 1/2 has " + COMMIT
                        + ", shard 2/2 has fedcba9876543210fedcba9876543210fedcba98");
    }

    @Test
    void shardsOfTwoMachinesKinds_orAMissingOrRepeatedShard_orABenchmarkTwice_areRefused() {
        RunRecord one = shard("1/2", COMMIT, "fp", 0, List.of("a"), null);
        assertThatThrownBy(() -> RunMerge.shards(List.of(one, shard("2/2", COMMIT, "other", 0, List.of("b"), null))))
                .hasMessageStartingWith("cannot merge shards of different machines' kinds (fingerprints)");
        assertThatThrownBy(() -> RunMerge.shards(List.of(one)))
                .hasMessage("shard 2/2 is missing; merge the run files of shards 1 to 2 of one run, each once");
        assertThatThrownBy(() -> RunMerge.shards(List.of(one, one)))
                .hasMessageStartingWith("shard 1/2 is given 2 times");
        assertThatThrownBy(() -> RunMerge.shards(List.of(one, shard("2/2", COMMIT, "fp", 0, List.of("a"), null))))
                .hasMessageStartingWith("s/a is in shard 1/2 and in shard 2/2");
        assertThatThrownBy(() -> RunMerge.shards(List.of(one, shard("2/3", COMMIT, "fp", 0, List.of("b"), null))))
                .isInstanceOf(UserException.class);
    }

    @Test
    void aRunThatWasNoShard_isRefused() {
        RunRecord plain = shard("1/1", COMMIT, "fp", 0, List.of("a"), null).withConfig(Map.of());
        assertThatThrownBy(() -> RunMerge.shards(List.of(plain)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("is not a shard");
    }

    private static ThresholdCheck check(double observed, boolean passed) {
        return new ThresholdCheck(
                "inference.max_latency_ms", 1500, observed, passed, "s/a", Map.of(), ThresholdCheck.Bound.MAX);
    }

    private static RunRecord shard(
            String shard, String commit, String machine, int offset, List<String> benchmarks, ThresholdCheck check) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("forks", 3);
        config.put(RunService.SHARD_KEY, shard);
        Map<String, Double> seconds = new LinkedHashMap<>();
        benchmarks.forEach(b -> seconds.put("s/" + b, 2.0));
        Instant start = Instant.parse("2026-12-01T10:00:00Z").plusSeconds(offset);
        return new RunRecord(
                RunRecord.SCHEMA,
                "run-" + shard + "-" + machine + commit.charAt(0) + benchmarks,
                start,
                start.plusSeconds(30),
                "quick",
                "ci",
                new GitInfo(commit, "main", false),
                new Machine(machine, "Linux", "cpu", 2, 1L << 34, "jvm", List.of(), "G1", null, false),
                config,
                benchmarks.stream()
                        .map(b -> BenchmarkResult.ok(
                                "s", b, Map.of(), Map.of("v", Metric.exact("ms", Direction.LOWER_IS_BETTER, 1))))
                        .toList(),
                check == null ? List.of() : List.of(check),
                null,
                null,
                seconds);
    }
}
