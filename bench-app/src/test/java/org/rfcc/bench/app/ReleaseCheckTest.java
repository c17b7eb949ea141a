package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.report.ReleaseReport;
import org.rfcc.bench.store.HistoryStore;

/** {@code release-check} in a real git repository with a release tag, on runs stored in a real SQLite history. */
final class ReleaseCheckTest {
    @TempDir
    Path repo;

    private Settings settings;
    private String tagged;
    private String head;

    @BeforeEach
    void repository() throws Exception {
        settings = Git.settingsIn(repo);
        git("init", "-q", "-b", "main");
        tagged = commit("v1");
        git("tag", "v1.0.0");
        head = commit("v2");
        // the history a run-to-run noise comes from: earlier runs of the series, steady at 20,000 tokens/s
        for (int i = 0; i < 6; i++) {
            store(run("earlier-" + i, String.valueOf(i).repeat(40), 20_000, -3600 * (i + 1)));
        }
    }

    @Test
    void aCleanHistory_passesAllFive_andWritesTheReports() throws Exception {
        store(run("base", tagged, 20_000, 0));
        store(run("head", head, 20_050, 60));
        ReleaseCheck.Outcome o = new ReleaseCheck(settings, Console.silent()).check(null, repo.resolve("out"));
        assertThat(o.checklist().items()).hasSize(5).allMatch(ReleaseReport.Item::passed);
        assertThat(o.checklist().passed()).isTrue();
        assertThat(o.checklist().previous()).startsWith("v1.0.0");
        assertThat(o.checklist().runId()).isEqualTo("head");
        assertThat(repo.resolve("out/release_report.md")).content().contains("- [x] **All benchmarks pass");
        assertThat(repo.resolve("out/release_report.html")).content().contains("Every item holds");
        assertThat(repo.resolve("out/benchmark_report.html")).isNotEmptyFile();
    }

    @Test
    void aStoredRegression_failsTheFirstItem_namingIt() throws Exception {
        store(run("base", tagged, 20_000, 0));
        store(run("head", head, 14_000, 60));
        ReleaseCheck.Outcome o = new ReleaseCheck(settings, Console.silent()).check(null, repo.resolve("out"));
        assertThat(o.checklist().passed()).as(o.checklist().items().toString()).isFalse();
        ReleaseReport.Item first = o.checklist().items().get(0);
        assertThat(first.passed()).isFalse();
        assertThat(first.evidence()).anySatisfy(e -> assertThat(e)
                .startsWith("critical: compression/compression_speed")
                .contains("tokens_per_second -30."));
        assertThat(repo.resolve("out/release_report.md")).content().contains("- [ ] **All benchmarks pass");
    }

    @Test
    void aBreachedThreshold_failsTheSla() throws Exception {
        store(run("base", tagged, 20_000, 0));
        RunRecord slow = run("head", head, 20_000, 60);
        store(new RunRecord(
                slow.schema(),
                slow.runId(),
                slow.startedAt(),
                slow.finishedAt(),
                slow.profile(),
                slow.source(),
                slow.git(),
                slow.machine(),
                slow.config(),
                slow.results(),
                List.of(new ThresholdCheck(
                        "inference.max_latency_ms",
                        100,
                        165.7,
                        false,
                        "inference/inference_latency",
                        Map.of(),
                        ThresholdCheck.Bound.MAX)),
                null));
        ReleaseCheck.Outcome o = new ReleaseCheck(settings, Console.silent()).check("v1.0.0", repo.resolve("out"));
        assertThat(o.checklist().items().get(3).passed()).isFalse();
        assertThat(o.checklist().items().get(3).evidence())
                .singleElement()
                .asString()
                .startsWith("inference.max_latency_ms: 165.7 FAIL (limit 100)");
    }

    @Test
    void noHistory_isAUserError() {
        assertThatThrownBy(() -> new ReleaseCheck(settings, Console.silent()).check(null, repo.resolve("out")))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("no stored run of HEAD (commit " + head.substring(0, 10) + ")");
    }

    private void store(RunRecord run) {
        try (HistoryStore store = settings.openStore()) {
            store.store(run);
        }
    }

    /** A run of one speed benchmark, 5 forks of 3 iterations, around {@code tokensPerSecond}. */
    private static RunRecord run(String id, String commit, double tokensPerSecond, int offset) {
        Random random = new Random(id.hashCode());
        List<List<Double>> forks = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            double level = tokensPerSecond * (1 + 0.01 * random.nextGaussian());
            forks.add(List.of(level, level * 1.001, level * 0.999));
        }
        Instant t = Instant.parse("2026-12-01T10:00:00Z").plusSeconds(offset);
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                t,
                t.plusSeconds(30),
                "full",
                "ci",
                new GitInfo(commit, "main", false),
                new Machine("fp", "Linux", "cpu", 2, 1L << 34, "jvm", List.of(), "G1", null, false),
                Map.of("forks", 5),
                List.of(BenchmarkResult.ok(
                        "compression",
                        "compression_speed",
                        Map.of("document_size", 1000),
                        Map.of("tokens_per_second", new Metric("tokens/s", Direction.HIGHER_IS_BETTER, forks)))),
                List.of(),
                null);
    }

    private String commit(String content) throws Exception {
        Files.writeString(repo.resolve("f.txt"), content);
        git("add", "f.txt");
        git("-c", "user.email=a@example.org", "-c", "user.name=A", "commit", "-q", "-m", content);
        return git("rev-parse", "HEAD");
    }

    private String git(String... args) throws IOException, InterruptedException {
        return Git.run(repo, args);
    }
}
