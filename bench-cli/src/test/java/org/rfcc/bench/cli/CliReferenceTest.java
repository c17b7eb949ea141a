package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.app.Docs;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/** docs/CLI.md: the commands' own --help, rewritten by {@code docs} and checked by {@code docs --check}. */
final class CliReferenceTest {
    private static final Path PROJECT_CLI = Path.of("..", "docs", "CLI.md");

    @TempDir
    Path dir;

    @Test
    void theProjectsReference_isTheCommandsHelp() {
        assertThat(Docs.generatedIs(PROJECT_CLI, CliReference.START, CliReference.END, CliReference.markdown()))
                .as("docs/CLI.md is out of date: run 'rfcc-bench docs' (or see CliReference) and commit it")
                .isTrue();
    }

    @Test
    void theReference_holdsEveryCommandWithItsOptions() {
        String md = CliReference.markdown();
        assertThat(md)
                .contains("- [`rfcc-bench run`](#rfcc-bench-run) — ")
                .contains("### rfcc-bench alerts notify")
                .contains("### rfcc-bench merge")
                .contains("--shard=I/N")
                .contains("--show-authors")
                .doesNotContain("\u001b[");
    }

    @Test
    void docs_rewritesAStaleReference_andCheckFailsUntilItHas() throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve("history.db");
        try (HistoryStore store = Stores.open(url)) {
            store.store(StoredRuns.run("run-a", java.time.Instant.now().toString(), 9000));
        }
        Path readme =
                Files.writeString(dir.resolve("README.md"), "# A project\n\n" + Docs.START + "\n" + Docs.END + "\n");
        Path cli = Files.writeString(
                dir.resolve("CLI.md"),
                "# Commands\n\nBy hand.\n\n" + CliReference.START + "\nstale\n" + CliReference.END + "\n\nThe end.\n");
        String[] paths = {"--readme", readme.toString(), "--cli", cli.toString()};

        Cli.Outcome stale = Cli.run(concat(url, "--check", paths));
        assertThat(stale.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(stale.out().strip()).isEqualTo(cli + " differs from the commands' --help: run 'rfcc-bench docs'");

        Cli.Outcome write = Cli.run(concat(url, null, paths));
        assertThat(write.code()).as(write.err()).isZero();
        assertThat(write.out()).contains("wrote " + cli);
        assertThat(Files.readString(cli))
                .startsWith("# Commands\n\nBy hand.\n\n" + CliReference.START + "\n- [`rfcc-bench`]")
                .endsWith(CliReference.END + "\n\nThe end.\n")
                .doesNotContain("stale");
        Cli.Outcome current = Cli.run(concat(url, "--check", paths));
        assertThat(current.code()).as(current.out()).isZero();
        Cli.Outcome again = Cli.run(concat(url, null, paths));
        assertThat(again.out()).doesNotContain("wrote " + cli);
    }

    private static String[] concat(String url, String check, String[] paths) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--store", url, "docs"));
        if (check != null) {
            args.add(check);
        }
        args.addAll(java.util.List.of(paths));
        return args.toArray(String[]::new);
    }
}
