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
import org.rfcc.bench.runner.GitProbe;

/**
 * Builds kept between checks ({@code .rfcc-bench/builds/TREE}), so that the pre-commit check runs
 * its baseline's code without building it again. A build is kept by the tree of its files, not by
 * its commit: the build of the working tree that a check ran is kept ({@link #keep}) as the build of
 * the commit made next with those files, which is the next check's baseline. Any other commit's files
 * come from {@code git archive}, built by its own launcher. The newest {@value #KEPT} builds are kept.
 */
final class BuildCache {
    /** Builds kept: the baseline's, and the one before it (a commit and its amend, say). */
    static final int KEPT = 2;

    private static final String READY = ".rfcc-bench-build";

    /** Where a checkout's launcher puts the application's jars. */
    private static final String LIB = "distribution/target/app/lib";

    /**
     * A built commit.
     *
     * @param serves whether its {@code run} serves rounds ({@link Rounds#OPTION})
     */
    record Build(String commit, Path dir, String classpath, boolean serves) {}

    private BuildCache() {}

    /** The build of {@code commit} of the checkout {@code repository}, made now when it is not cached; empty without a launcher. */
    static Optional<Build> of(Path repository, String commit, Console console) {
        Path builds = builds(repository);
        Path dir = builds.resolve(GitProbe.treeOf(repository, commit).orElse(commit));
        Path ready = dir.resolve(READY);
        try {
            if (!Files.exists(ready)) {
                Path partial = unpacked(repository, commit, dir);
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
                finish(partial, dir, Rounds.serves(classpath(partial), partial));
            }
            Files.setLastModifiedTime(ready, FileTime.fromMillis(System.currentTimeMillis()));
            boolean serves = Files.readString(ready, StandardCharsets.UTF_8).contains(Rounds.OPTION);
            return Optional.of(new Build(commit, dir, classpath(dir), serves));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the build of " + commit + " in " + builds, e);
        }
    }

    /**
     * Keeps {@code lib}, the build of the working tree of {@code repository} that is running now, as
     * the build of the commit that would be made of the working tree now, when its files are exactly
     * that commit's ({@link GitProbe#committableTree}); returns whether it was kept (or was already).
     */
    static boolean keep(Path repository, Path lib) throws IOException {
        Optional<String> tree = GitProbe.committableTree(repository);
        if (tree.isEmpty()) {
            return false;
        }
        Path dir = builds(repository).resolve(tree.get());
        if (Files.exists(dir.resolve(READY))) {
            return true;
        }
        Path partial = unpacked(repository, tree.get(), dir);
        Path copy = partial.resolve(LIB);
        Files.createDirectories(copy);
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, copy.resolve(jar.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        finish(partial, dir, true); // the running code serves rounds: the check just ran it so
        return true;
    }

    private static Path builds(Path repository) {
        return repository.resolve(Defaults.HOME).resolve("builds");
    }

    /** The files of {@code treeish} unpacked beside {@code dir}, where its build is made before it is moved there. */
    private static Path unpacked(Path repository, String treeish, Path dir) throws IOException {
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        Path tar = partial.resolve("files.tar");
        String name = treeish.substring(0, 10);
        Worktree.run(
                repository,
                List.of("git", "archive", "--format=tar", "--output=" + tar.toAbsolutePath(), treeish),
                "git archive of " + name);
        Worktree.run(partial, List.of("tar", "-xf", tar.toString()), "unpacking " + name);
        Files.delete(tar);
        return partial;
    }

    /** Marks the build in {@code partial} ready and moves it to {@code dir}, the builds beyond the newest pruned. */
    private static void finish(Path partial, Path dir, boolean serves) throws IOException {
        Files.writeString(partial.resolve(READY), serves ? Rounds.OPTION : "", StandardCharsets.UTF_8);
        deleteTree(dir);
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        prune(dir.getParent(), dir);
    }

    private static String classpath(Path dir) {
        return dir.resolve(LIB).toAbsolutePath() + "/*";
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
