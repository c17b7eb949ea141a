package org.rfcc.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A temporary git worktree of one commit, built by its own launcher, so that the code of another
 * commit can run beside the working tree's. Removed again on close.
 */
final class Worktree implements AutoCloseable {
    private final Path dir;

    private Worktree(Path dir) {
        this.dir = dir;
    }

    /** Checks {@code commit} out into a new temporary directory. */
    static Worktree checkout(String commit) {
        Path dir;
        try {
            dir = Files.createTempDirectory("rfcc-bench-base-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the base worktree", e);
        }
        run(Path.of("."), List.of("git", "worktree", "add", "--detach", dir.toString(), commit), "git worktree add");
        return new Worktree(dir);
    }

    /** The checkout's root. */
    Path dir() {
        return dir;
    }

    /** Builds the checkout with its launcher and returns its application classpath. */
    String build() {
        Path launcher = dir.resolve("rfcc-bench");
        if (!Files.isExecutable(launcher)) {
            throw new UserException(
                    "the base commit has no ./rfcc-bench launcher to build it with; compare with a" + " newer commit");
        }
        run(dir, List.of(launcher.toString(), "--version"), "building the base commit");
        return dir.resolve("distribution/target/app/lib").toAbsolutePath() + "/*";
    }

    @Override
    public void close() {
        run(Path.of("."), List.of("git", "worktree", "remove", "--force", dir.toString()), "git worktree remove");
    }

    /** Runs {@code command} in {@code cwd}; a failure says what failed with the end of its output. */
    private static void run(Path cwd, List<String> command, String what) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command))
                    .directory(cwd.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new UserException(what + " failed: " + Interleaved.lastLine(out));
            }
        } catch (IOException e) {
            throw new UserException(what + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(what + " was interrupted");
        }
    }
}
