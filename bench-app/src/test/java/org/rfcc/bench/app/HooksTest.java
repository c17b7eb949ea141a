package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.UserException;

/**
 * {@code hooks install} in a real git repository, with real commits: the hook runs the repository's
 * {@code benchmarks/quick_check} (here one that notes each call) for a commit that touches a Java
 * source, a pom or {@code benchmarks/}, and not for one that touches only the README.
 */
final class HooksTest {
    @TempDir
    Path repo;

    private Hooks hooks;

    @BeforeEach
    void repository() throws Exception {
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.org");
        git("config", "user.name", "Dev");
        Path check = repo.resolve("benchmarks/quick_check");
        Files.createDirectories(check.getParent());
        Files.writeString(check, "#!/bin/sh\necho checked >> \"$(git rev-parse --show-toplevel)/checks.log\"\n");
        Files.setPosixFilePermissions(check, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(repo.resolve(".gitignore"), "checks.log\n");
        git("add", ".");
        git("commit", "-q", "--no-verify", "-m", "start");
        hooks = new Hooks(
                new Settings("jdbc:sqlite:h.db", repo.resolve("c.yaml"), false, null, repo, false, Map.of(), false));
    }

    @Test
    void aCommitOfJavaSourcesRunsTheCheck_oneOfTheReadmeDoesNot() throws Exception {
        Path hook = hooks.install(false);
        assertThat(hook).isEqualTo(repo.resolve(".git/hooks/pre-commit")).isExecutable();

        commit("README.md", "docs only");
        assertThat(repo.resolve("checks.log")).doesNotExist();

        commit("src/main/java/a/Parser.java", "class Parser {}");
        assertThat(Files.readAllLines(repo.resolve("checks.log"))).containsExactly("checked");

        commit("sub/pom.xml", "<project/>");
        commit("benchmarks/config.yaml", "forks: 1");
        assertThat(Files.readAllLines(repo.resolve("checks.log"))).hasSize(3);
    }

    @Test
    void aFailingCheckStopsTheCommit() throws Exception {
        Files.writeString(
                repo.resolve("benchmarks/quick_check"), "#!/bin/sh\necho 'CRITICAL: regression' >&2\nexit 1\n");
        git("commit", "-q", "--no-verify", "-am", "a check that fails");
        hooks.install(false);
        Files.writeString(repo.resolve("Slow.java"), "class Slow {}");
        git("add", "Slow.java");
        assertThat(run("git", "commit", "-q", "-m", "slow")).isEqualTo(1);
        assertThat(git("log", "--format=%s", "-1")).isEqualTo("a check that fails");
    }

    @Test
    void installingAgainReplacesOurHook_butAnotherHookIsKeptUnlessForced() throws Exception {
        hooks.install(false);
        hooks.install(false);
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\necho theirs\n");
        assertThatThrownBy(() -> hooks.install(false))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("is another pre-commit hook; keep it, or give --force");
        assertThat(Files.readString(hook)).contains("theirs");
        hooks.install(true);
        assertThat(Files.readString(hook)).contains(Hooks.MARK);
    }

    @Test
    void outsideAGitCheckout_itSaysSo(@TempDir Path plain) {
        Hooks outside = new Hooks(new Settings(
                "jdbc:sqlite:h.db",
                plain.resolve("c.yaml"),
                false,
                null,
                plain,
                false,
                Map.of("GIT_CEILING_DIRECTORIES", plain.getParent().toString()),
                false));
        assertThatThrownBy(() -> outside.install(false))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("needs a git checkout");
    }

    @Test
    void theHooksFilesAreThoseOfThePreCommitConfig() throws IOException {
        Path config = Path.of(System.getProperty("user.dir")).resolve("../.pre-commit-config.yaml");
        assertThat(Files.readString(config)).contains("files: '" + Hooks.FILES + "'", "id: performance-check");
    }

    private void commit(String file, String text) throws Exception {
        Path p = repo.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        git("add", file);
        assertThat(run("git", "commit", "-q", "-m", "change " + file)).isZero();
    }

    private String git(String... args) throws IOException, InterruptedException {
        return Git.run(repo, args);
    }

    private int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
