package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real git in a test's throwaway repository. */
final class Git {
    private Git() {}

    /** The settings of a test in {@code repo}: its history {@code history.db} and config {@code c.yaml} there, nothing sent. */
    static Settings settingsIn(Path repo) {
        return new Settings(
                "jdbc:sqlite:" + repo.resolve("history.db"),
                repo.resolve("c.yaml"),
                false,
                null,
                repo,
                false,
                java.util.Map.of(),
                false);
    }

    /** The trimmed output of {@code git args…} in {@code repo}; fails the test when git fails. */
    static String run(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as("git " + String.join(" ", args) + ": " + out).isZero();
        return out;
    }
}
