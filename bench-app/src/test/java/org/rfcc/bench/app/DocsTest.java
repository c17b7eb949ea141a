package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredChange;

/** {@code docs} and {@code docs --check} in a real git repository over a real SQLite history. */
final class DocsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path repo;

    private Settings settings;
    private Path readme;

    @BeforeEach
    void repository() throws Exception {
        settings = Git.settingsIn(repo);
        readme = repo.resolve("README.md");
        Files.writeString(
                readme,
                "# Project\n\n## Performance\n\nThe table between `" + Docs.START + "` and `" + Docs.END + "`:\n\n"
                        + Docs.START + "\n" + Docs.END + "\n\nMore text.\n");
        git("init", "-q", "-b", "main");
        git("add", "README.md");
        git("-c", "user.email=a@example.org", "-c", "user.name=A", "commit", "-q", "-m", "start");
        git("tag", "v1.0.0");
    }

    @Test
    void docs_writesTheTableAndTheChangelog_thenCheckPasses_untilARun3DaysNewer() throws Exception {
        store(run("r1", T0, 20_000));
        RunRecord latest = run("r2", T0.plus(Duration.ofHours(1)), 17_000);
        store(latest);
        try (HistoryStore store = settings.openStore()) {
            SeriesKey key = new SeriesKey(
                    "compression",
                    "compression_speed",
                    Map.of("document_size", 1000),
                    "tokens_per_second",
                    "fp",
                    "full");
            store.replaceChanges(
                    key,
                    List.of(new StoredChange(key, "r2", null, null, "confirmed", 20_000, 17_000, -15, -17, -13, 1e-4)));
        }
        Docs.Outcome written = new Docs(settings).update(readme, "main");
        assertThat(written.latest().runId()).isEqualTo("r2");
        String text = Files.readString(readme);
        assertThat(text)
                .startsWith("# Project\n\n## Performance\n\nThe table between `" + Docs.START + "` and `" + Docs.END
                        + "`:\n\n" + Docs.START + "\n<!-- rfcc-bench:from run=r2 ")
                .endsWith(Docs.END + "\n\nMore text.\n")
                .contains("| compression/compression_speed/tokens_per_second[document_size=1000] | 17,000 | tokens/s |")
                .contains("at commit `abcdef0123`");
        assertThat(repo.resolve(Docs.CHANGELOG))
                .content()
                .contains(
                        "- compression/compression_speed/tokens_per_second[document_size=1000]: -15.0% (20,000 → 17,000")
                .contains("release v1.0.0");

        // written twice, the docs are the same: the block is replaced, not added to
        new Docs(settings).update(readme, "main");
        assertThat(Files.readString(readme)).isEqualTo(text);

        assertThat(new Docs(settings).check(readme, "main").current()).isTrue();
        store(run("r3", latest.startedAt().plus(Duration.ofDays(3)), 17_100));
        Docs.Outcome behind = new Docs(settings).check(readme, "main");
        assertThat(behind.current()).isFalse();
        assertThat(behind.lag()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void aReadmeWithoutTheMarkers_isAUserError_andIsLeftAsItWas() throws Exception {
        store(run("r1", T0, 20_000));
        Files.writeString(readme, "# Project\n");
        assertThatThrownBy(() -> new Docs(settings).update(readme, "main"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("has no performance markers: put the two lines " + Docs.START);
        assertThat(readme).hasContent("# Project\n");
        assertThatThrownBy(() -> new Docs(settings).check(readme, "main")).isInstanceOf(UserException.class);
    }

    @Test
    void noRunOfTheBranch_isAUserError() {
        assertThatThrownBy(() -> new Docs(settings).update(readme, "main"))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("no stored run of branch main in the history");
    }

    private void store(RunRecord run) {
        try (HistoryStore store = settings.openStore()) {
            store.store(run);
        }
    }

    private static RunRecord run(String id, Instant started, double tokensPerSecond) {
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                started,
                started.plusSeconds(30),
                "full",
                "ci",
                new GitInfo("abcdef0123456789abcdef0123456789abcdef01", "main", false),
                new Machine("fp", "Linux", "cpu", 2, 1L << 34, "jvm", List.of(), "G1", null, false),
                Map.of(),
                List.of(BenchmarkResult.ok(
                        "compression",
                        "compression_speed",
                        Map.of("document_size", 1000),
                        Map.of(
                                "tokens_per_second",
                                Metric.exact("tokens/s", Direction.HIGHER_IS_BETTER, tokensPerSecond)))),
                List.of(),
                null);
    }

    private String git(String... args) throws IOException, InterruptedException {
        return Git.run(repo, args);
    }
}
