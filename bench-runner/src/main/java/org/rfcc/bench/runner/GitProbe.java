package org.rfcc.bench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.rfcc.bench.model.GitInfo;

/** Reads the commit, branch and dirtiness of a working tree with the git command line. */
public final class GitProbe {
    private GitProbe() {}

    /** The git state of {@code dir}; {@link GitInfo#none()} outside a checkout or without git. */
    public static GitInfo probe(Path dir) {
        String commit = git(dir, "rev-parse", "HEAD");
        if (commit == null || !commit.matches("[0-9a-f]{40}")) {
            return GitInfo.none();
        }
        String branch = git(dir, "rev-parse", "--abbrev-ref", "HEAD");
        String status = git(dir, "status", "--porcelain", "--untracked-files=no");
        return new GitInfo(commit, "HEAD".equals(branch) ? null : branch, status != null && !status.isEmpty());
    }

    /** The commit that {@code ref} names in the checkout {@code dir}, when it names one. */
    public static Optional<String> commitOf(Path dir, String ref) {
        if (ref.isBlank() || ref.startsWith("-")) {
            return Optional.empty();
        }
        String commit = git(dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        return commit != null && commit.matches("[0-9a-f]{40}") ? Optional.of(commit) : Optional.empty();
    }

    /** The tree (the files) of the commit that {@code ref} names in the checkout {@code dir}, when it names one. */
    public static Optional<String> treeOf(Path dir, String ref) {
        if (ref.isBlank() || ref.startsWith("-")) {
            return Optional.empty();
        }
        String tree = git(dir, "rev-parse", "--verify", "--quiet", ref + "^{tree}");
        return tree != null && tree.matches("[0-9a-f]{40}") ? Optional.of(tree) : Optional.empty();
    }

    /**
     * The tree the next commit of {@code dir} would have, when its files are exactly that tree: the
     * index ({@code git write-tree}) with no unstaged change to a tracked file and no untracked file
     * that .gitignore leaves in; empty otherwise, or outside a checkout.
     */
    public static Optional<String> committableTree(Path dir) {
        if (git(dir, "diff", "--quiet") == null || !"".equals(git(dir, "ls-files", "--others", "--exclude-standard"))) {
            return Optional.empty();
        }
        String tree = git(dir, "write-tree");
        return tree != null && tree.matches("[0-9a-f]{40}") ? Optional.of(tree) : Optional.empty();
    }

    /** The top directory of the checkout {@code dir} is in; empty outside a checkout. */
    public static Optional<Path> root(Path dir) {
        String top = git(dir, "rev-parse", "--show-toplevel");
        return top == null || top.isEmpty() ? Optional.empty() : Optional.of(Path.of(top));
    }

    /** HEAD of {@code dir} and its ancestors, nearest first, at most {@code max}; empty outside a checkout. */
    public static List<String> ancestry(Path dir, int max) {
        String out = git(dir, "rev-list", "--max-count=" + max, "HEAD");
        return out == null || out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }

    /** The newest tag reachable from {@code ref} ({@code git describe --tags --abbrev=0}), when there is one. */
    public static Optional<String> describe(Path dir, String ref) {
        String tag = git(dir, "describe", "--tags", "--abbrev=0", ref);
        return tag == null || tag.isEmpty() ? Optional.empty() : Optional.of(tag);
    }

    /** A tag and the commit it names, with the time it was made (the tagger's, else the commit's). */
    public record Tag(String name, String commit, Instant createdAt) {}

    /** The tags of the checkout {@code dir}, newest first; empty outside a checkout. */
    public static List<Tag> tags(Path dir) {
        String out = git(
                dir,
                "for-each-ref",
                "--sort=-creatordate",
                "--format=%(refname:short)%09%(objectname)%09%(*objectname)%09%(creatordate:unix)",
                "refs/tags");
        List<Tag> tags = new ArrayList<>();
        for (String line : out == null || out.isEmpty() ? new String[0] : out.split("\n")) {
            String[] f = line.split("\t", -1);
            tags.add(new Tag(f[0], f[2].isEmpty() ? f[1] : f[2], Instant.ofEpochSecond(Long.parseLong(f[3]))));
        }
        return tags;
    }

    /** A commit as {@link #firstParents} lists it; {@code parent} is null for a root commit. */
    public record Logged(String commit, String parent, String authorEmail, Instant committedAt) {}

    /**
     * The commits of {@code ref}'s first-parent history (what landed on it, merges as one) committed
     * at or after {@code since} (all when null), newest first; empty when {@code ref} names no commit.
     */
    public static List<Logged> firstParents(Path dir, String ref, Instant since) {
        if (commitOf(dir, ref).isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of("log", "--first-parent", "--format=%H%x09%P%x09%ae%x09%ct"));
        if (since != null) {
            args.add("--since=@" + since.getEpochSecond());
        }
        args.add(ref);
        String out = git(dir, args.toArray(String[]::new));
        List<Logged> commits = new ArrayList<>();
        for (String line : out == null || out.isEmpty() ? new String[0] : out.split("\n")) {
            String[] f = line.split("\t", -1);
            String parent = f[1].isEmpty() ? null : f[1].split(" ")[0];
            commits.add(new Logged(f[0], parent, f[2], Instant.ofEpochSecond(Long.parseLong(f[3]))));
        }
        return commits;
    }

    /** The trimmed output of {@code git args…} in {@code dir}, or null when it fails. */
    static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
