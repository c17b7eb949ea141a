package org.rfcc.bench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.rfcc.bench.model.UserException;

/**
 * {@code hooks install}: the pre-commit performance check as a plain git hook, for those who do not
 * use the pre-commit tool ({@code .pre-commit-config.yaml} holds the same check). The hook runs
 * {@code benchmarks/quick_check} when the commit touches what the config's {@code files} names:
 * Java sources, a pom, {@code benchmarks/}.
 */
public final class Hooks {
    /** The files whose change runs the check: the same expression as {@code .pre-commit-config.yaml}'s. */
    public static final String FILES = "(\\.java$|(^|/)pom\\.xml$|^benchmarks/)";
    /** The line that marks a hook as ours, so that installing again replaces it and nothing else. */
    static final String MARK = "# rfcc-bench performance-check";

    private final Settings settings;

    public Hooks(Settings settings) {
        this.settings = settings;
    }

    /**
     * Writes the pre-commit hook of the working directory's repository and returns its path; a hook
     * that is not ours is kept unless {@code force}.
     */
    public Path install(boolean force) {
        Path hooks = hooksDir();
        Path hook = hooks.resolve("pre-commit");
        try {
            if (Files.exists(hook)
                    && !force
                    && !Files.readString(hook, StandardCharsets.UTF_8).contains(MARK)) {
                throw new UserException(hook + " is another pre-commit hook; keep it, or give --force to replace it");
            }
            Files.createDirectories(hooks);
            Path tmp = hooks.resolve(".pre-commit.rfcc-bench.tmp");
            Files.writeString(tmp, script(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            return Files.move(tmp, hook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserException("cannot write " + hook + ": " + e.getMessage());
        }
    }

    private static String script() {
        return String.join(
                "\n",
                List.of(
                        "#!/bin/sh",
                        MARK + " (written by rfcc-bench hooks install; .pre-commit-config.yaml holds the same check)",
                        "top=$(git rev-parse --show-toplevel) || exit 1",
                        "if git diff --cached --name-only | grep -Eq '" + FILES + "'; then",
                        "  exec \"$top/benchmarks/quick_check\"",
                        "fi",
                        ""));
    }

    /** The repository's hooks directory, as git names it (core.hooksPath, a worktree's common dir). */
    private Path hooksDir() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--git-path", "hooks")
                    .directory(settings.workDir().toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new UserException("hooks install needs a git checkout: "
                        + settings.workDir().toAbsolutePath() + " is not in one");
            }
            return settings.workDir().resolve(out).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UserException("hooks install needs git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while asking git for its hooks directory");
        }
    }
}
