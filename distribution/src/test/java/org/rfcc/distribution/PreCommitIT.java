package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's {@code .pre-commit-config.yaml} under the real pre-commit tool (Debian's package),
 * in a throwaway repository whose {@code benchmarks/quick_check} notes each call: a commit that
 * touches a Java source runs the check, one that touches only the README does not. Skips without
 * the tool, except on CI (env {@code CI} set, where .ci/run installs it), where it fails.
 */
final class PreCommitIT {
    @TempDir
    Path repo;

    @Test
    void theRealPreCommitTool_runsTheCheckForJavaSources_andNotForTheReadme() throws Exception {
        boolean installed = run(Path.of("."), "pre-commit", "--version").code() == 0;
        if (System.getenv("CI") == null) {
            assumeTrue(installed, "the pre-commit tool is not installed (apt-get install pre-commit)");
        }
        assertThat(installed).as("pre-commit on the PATH (.ci/run installs it)").isTrue();
        Files.copy(
                Path.of(System.getProperty("rfcc.repo.root"), ".pre-commit-config.yaml"),
                repo.resolve(".pre-commit-config.yaml"));
        Path check = repo.resolve("benchmarks/quick_check");
        Files.createDirectories(check.getParent());
        Files.writeString(check, "#!/bin/sh\necho checked >> checks.log\n");
        Files.setPosixFilePermissions(check, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(repo.resolve(".gitignore"), "checks.log\n");
        for (String[] c : new String[][] {
            {"git", "init", "-q", "-b", "main"},
            {"git", "config", "user.email", "dev@example.org"},
            {"git", "config", "user.name", "Dev"},
            {"git", "add", "."},
            {"git", "commit", "-q", "--no-verify", "-m", "start"},
            {"pre-commit", "install"}
        }) {
            assertThat(run(repo, c).code()).as(String.join(" ", c)).isZero();
        }

        Files.writeString(repo.resolve("README.md"), "docs\n");
        Outcome readme = commit("README.md");
        assertThat(readme.code()).as(readme.out()).isZero();
        assertThat(readme.out()).contains("performance check", "Skipped");
        assertThat(repo.resolve("checks.log")).doesNotExist();

        Path java = repo.resolve("src/main/java/a/Parser.java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "class Parser {}\n");
        Outcome source = commit("src/main/java/a/Parser.java");
        assertThat(source.code()).as(source.out()).isZero();
        assertThat(source.out()).contains("performance check", "Passed");
        assertThat(Files.readAllLines(repo.resolve("checks.log"))).containsExactly("checked");
    }

    private Outcome commit(String file) throws Exception {
        assertThat(run(repo, "git", "add", file).code()).isZero();
        return run(repo, "git", "commit", "-m", "change " + file);
    }

    private record Outcome(int code, String out) {}

    private static Outcome run(Path dir, String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(List.of(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Outcome(p.waitFor(), out);
        } catch (java.io.IOException e) {
            return new Outcome(127, e.getMessage());
        }
    }
}
