package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.report.AdoptionReport;
import org.rfcc.bench.store.HistoryStore;

/**
 * {@code adoption} over a real git repository of 10 commits by two authors, 7 of them made after a
 * pre-commit run of their parent: 70%.
 */
final class AdoptionTest {
    @TempDir
    Path repo;

    @Test
    void tenCommits_sevenChecked_is70Percent_perAuthorToo() throws Exception {
        Settings settings = settings();
        git("init", "-q", "-b", "main");
        Set<Integer> unchecked = Set.of(2, 5, 8);
        for (int i = 0; i < 10; i++) {
            String parent = i == 0 ? null : git("rev-parse", "HEAD");
            if (!unchecked.contains(i)) {
                store(settings, preCommit("check-" + i, parent, Instant.now().minusSeconds(2)));
            }
            Files.writeString(repo.resolve("F" + i + ".java"), "class F" + i + " {}");
            git("add", ".");
            String email = i % 2 == 0 ? "ana@example.org" : "bo@example.org";
            git("-c", "user.email=" + email, "-c", "user.name=Dev", "commit", "-q", "--no-verify", "-m", "c" + i);
            if (i == 5) {
                // checked, but only after the commit was made: it does not count
                store(settings, preCommit("late-" + i, parent, Instant.now().plusSeconds(5)));
            }
        }
        store(
                settings,
                run("plain", git("rev-parse", "HEAD~3"), "run", Instant.now().minusSeconds(3600)));

        AdoptionReport r = new Adoption(settings).measure("main", "30d", true);
        assertThat(r.commits()).isEqualTo(10);
        assertThat(r.checked()).isEqualTo(7);
        assertThat(r.share()).isEqualTo(0.7);
        assertThat(r.meetsGoal()).isFalse();
        // ana made 0, 2, 4, 6, 8 (2 and 8 unchecked); bo made 1, 3, 5, 7, 9 (5 unchecked)
        assertThat(r.authors())
                .containsExactly(
                        new AdoptionReport.Author("ana@example.org", 5, 3),
                        new AdoptionReport.Author("bo@example.org", 5, 4));

        AdoptionReport hashed = new Adoption(settings).measure("main", "30d", false);
        assertThat(hashed.authors())
                .extracting(AdoptionReport.Author::author)
                .containsExactly(Adoption.hash("ana@example.org"), Adoption.hash("bo@example.org"))
                .allMatch(a -> a.matches("[0-9a-f]{12}"));

        // the report of a run shows it in its executive summary, the authors hashed
        Path out = repo.resolve("report");
        new Reports(settings).write("plain", out, null, false);
        assertThat(Files.readString(out.resolve("benchmark_report.html")))
                .contains("7 of 10 commits (70%)</span> on main in the last 30d")
                .contains("<code>" + Adoption.hash("ana@example.org") + "</code>")
                .doesNotContain("ana@example.org");
    }

    @Test
    void anUnknownBranch_orNoRepository_isAUserError() throws Exception {
        Settings settings = settings();
        assertThatThrownBy(() -> new Adoption(settings).measure("main", "30d", false))
                .isInstanceOf(UserException.class)
                .hasMessage("adoption reads the commits of a git repository: run it inside one");
        git("init", "-q", "-b", "main");
        Files.writeString(repo.resolve("a.txt"), "a");
        git("add", ".");
        git("-c", "user.email=a@example.org", "-c", "user.name=A", "commit", "-q", "-m", "a");
        assertThatThrownBy(() -> new Adoption(settings).measure("trunk", "30d", false))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("no branch 'trunk' in this repository");
    }

    private Settings settings() {
        return Git.settingsIn(repo);
    }

    private static void store(Settings settings, RunRecord run) {
        try (HistoryStore store = settings.openStore()) {
            store.store(run);
        }
    }

    private static RunRecord preCommit(String id, String commit, Instant started) {
        return run(id, commit, "pre-commit", started);
    }

    private static RunRecord run(String id, String commit, String source, Instant started) {
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                started,
                started.plusSeconds(1),
                "quick",
                source,
                new GitInfo(commit, "main", true),
                new Machine("fp", "Linux", "cpu", 2, 1L << 34, "jvm", List.of(), "G1", null, false),
                Map.of(),
                List.of(BenchmarkResult.ok(
                        "compression",
                        "compression_speed",
                        Map.of(),
                        Map.of("tokens_per_second", Metric.exact("tokens/s", Direction.HIGHER_IS_BETTER, 2e4)))),
                List.of(),
                null);
    }

    private String git(String... args) throws IOException, InterruptedException {
        return Git.run(repo, args);
    }
}
