package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rfcc.bench.model.Defaults;

/**
 * Builds of earlier commits kept between checks ({@code .rfcc-bench/builds/COMMIT}), so that the
 * pre-commit check runs its baseline's code without building it again: the commit's files from
 * {@code git archive}, built by its own launcher. The newest {@value #KEPT} builds are kept.
 */
final class BuildCache {
    /** Builds kept: the baseline's, and the one before it (a commit and its amend, say). */
    static final int KEPT = 2;

    private static final String READY = ".rfcc-bench-build";

    /**
     * A built commit.
     *
     * @param serves whether its {@code run} serves rounds ({@link Rounds#OPTION})
     */
    record Build(String commit, Path dir, String classpath, boolean serves) {}

    private BuildCache() {}

    /** The build of {@code commit} of the checkout {@code repository}, made now when it is not cached; empty without a launcher. */
    static Optional<Build> of(Path repository, String commit, Console console) {
        Path builds = repository.resolve(Defaults.HOME).resolve("builds");
        Path dir = builds.resolve(commit);
        Path ready = dir.resolve(READY);
        try {
            if (!Files.exists(ready)) {
                Path partial = builds.resolve(commit + ".partial");
                deleteTree(partial);
                Files.createDirectories(partial);
                Path tar = partial.resolve("commit.tar");
                Worktree.run(
                        repository,
                        List.of("git", "archive", "--format=tar", "--output=" + tar.toAbsolutePath(), commit),
                        "git archive of " + commit.substring(0, 10));
                Worktree.run(partial, List.of("tar", "-xf", tar.toString()), "unpacking " + commit.substring(0, 10));
                Files.delete(tar);
                if (!Files.isExecutable(partial.resolve("rfcc-bench"))) {
                    deleteTree(partial);
                    return Optional.empty();
                }
                console.note("building the baseline, commit " + commit.substring(0, 10) + ", into " + dir
                        + " (once: later checks of this commit reuse it)");
                Worktree.run(
                        partial,
                        List.of(partial.resolve("rfcc-bench").toString(), "--version"),
                        "building " + commit.substring(0, 10));
                boolean serves = Rounds.serves(classpath(partial), partial);
                Files.writeString(partial.resolve(READY), serves ? Rounds.OPTION : "", StandardCharsets.UTF_8);
                deleteTree(dir);
                Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
                prune(builds, dir);
            }
            Files.setLastModifiedTime(ready, FileTime.fromMillis(System.currentTimeMillis()));
            boolean serves = Files.readString(ready, StandardCharsets.UTF_8).contains(Rounds.OPTION);
            return Optional.of(new Build(commit, dir, classpath(dir), serves));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the build of " + commit + " in " + builds, e);
        }
    }

    private static String classpath(Path dir) {
        return dir.resolve("distribution/target/app/lib").toAbsolutePath() + "/*";
    }

    /** Deletes every build but the newest {@value #KEPT} ({@code keep} among them). */
    private static void prune(Path builds, Path keep) throws IOException {
        List<Path> others;
        try (Stream<Path> list = Files.list(builds)) {
            others = list.filter(p -> !p.equals(keep) && Files.exists(p.resolve(READY)))
                    .sorted(Comparator.comparing(BuildCache::used).reversed())
                    .toList();
        }
        for (Path old : others.subList(Math.min(others.size(), KEPT - 1), others.size())) {
            deleteTree(old);
        }
    }

    private static long used(Path build) {
        try {
            return Files.getLastModifiedTime(build.resolve(READY)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes {@code dir} and everything in it; an error says so. */
    static void delete(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
