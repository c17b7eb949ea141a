package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.model.UserException;

/**
 * A temporary git worktree of one commit, built by its own launcher, so that the code of another
 * commit can run beside the working tree's. Removed again on close.
 */
final class Worktree implements AutoCloseable {
    private final Path repository;
    private final Path dir;

    private Worktree(Path repository, Path dir) {
        this.repository = repository;
        this.dir = dir;
    }

    /** Checks {@code commit} of the checkout {@code repository} out into a new temporary directory. */
    static Worktree checkout(Path repository, String commit) {
        Path dir;
        try {
            dir = Files.createTempDirectory("rfcc-bench-base-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the base worktree", e);
        }
        run(repository, List.of("git", "worktree", "add", "--detach", dir.toString(), commit), "git worktree add");
        return new Worktree(repository, dir);
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
                    "the base commit has no ./rfcc-bench launcher to build it with; compare with a newer commit");
        }
        run(dir, List.of(launcher.toString(), "--version"), "building the base commit");
        return dir.resolve("distribution/target/app/lib").toAbsolutePath() + "/*";
    }

    @Override
    public void close() {
        run(repository, List.of("git", "worktree", "remove", "--force", dir.toString()), "git worktree remove");
    }

    /** Runs {@code command} in {@code cwd}; a failure says what failed with the end of its output. */
    static void run(Path cwd, List<String> command, String what) {
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
