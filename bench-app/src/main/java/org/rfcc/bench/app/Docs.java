package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.io.AtomicFiles;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.model.seam.KeySeries;
import org.rfcc.bench.report.Html;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.StoredChange;

/**
 * {@code docs}: the performance docs generated from the history. The README's performance table
 * (between {@value #START} and {@value #END}) holds the headline figures of the newest run of
 * main; {@code docs/PERFORMANCE_CHANGELOG.md} holds one entry per confirmed change point and per
 * release tag. Each block records the run it was made from, so that {@code docs --check} can say
 * when the docs lag the history by more than {@link #MAX_LAG}.
 */
public final class Docs {
    /** The marker that opens the README's performance block. */
    public static final String START = "<!-- rfcc-bench:performance:start -->";
    /** The marker that closes it. */
    public static final String END = "<!-- rfcc-bench:performance:end -->";
    /** How far the docs may lag the history: the seed's documentation currency. */
    public static final Duration MAX_LAG = Duration.ofHours(48);
    /** The changelog, from the repository's top. */
    public static final String CHANGELOG = "docs/PERFORMANCE_CHANGELOG.md";

    private static final String CHANGELOG_START = "<!-- rfcc-bench:changelog:start -->";
    private static final String CHANGELOG_END = "<!-- rfcc-bench:changelog:end -->";
    private static final Pattern FROM = Pattern.compile("<!-- rfcc-bench:from run=(\\S+) started_at=(\\S+) -->");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What {@code docs} wrote, or what {@code docs --check} found. */
    public record Outcome(RunRecord latest, List<Path> written, Instant docsFrom, Duration lag) {
        public boolean current() {
            return lag.compareTo(MAX_LAG) <= 0;
        }
    }

    private final Settings settings;

    public Docs(Settings settings) {
        this.settings = settings;
    }

    /** Writes the README's table and the changelog from the history. */
    public Outcome update(Path readme, String branch) {
        String text = read(readme);
        int[] block = block(text, readme);
        try (HistoryStore store = settings.openStore()) {
            RunRecord latest = latest(store, branch);
            String from = "<!-- rfcc-bench:from run=" + latest.runId() + " started_at=" + latest.startedAt() + " -->";
            String table = START + "\n" + from + "\n" + table(latest) + END;
            write(readme, text.substring(0, block[0]) + table + text.substring(block[1]));
            Path changelog = changelog(readme);
            String old = Files.exists(changelog)
                    ? read(changelog)
                    : "# Performance changelog\n\n" + CHANGELOG_START + "\n" + CHANGELOG_END + "\n";
            String entries = from + "\n" + changelog(store, latest);
            Files.createDirectories(changelog.getParent());
            write(changelog, replaced(old, CHANGELOG_START, CHANGELOG_END, entries, changelog));
            return new Outcome(latest, List.of(readme, changelog), latest.startedAt(), Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + CHANGELOG, e);
        }
    }

    /** How far the docs lag the newest run of {@code branch}: the older of the README's and the changelog's runs. */
    public Outcome check(Path readme, String branch) {
        String text = read(readme);
        int[] block = block(text, readme);
        Instant docs = from(text.substring(block[0], block[1]), readme);
        Path changelog = changelog(readme);
        if (!Files.exists(changelog)) {
            throw new UserException("no " + CHANGELOG + ": run 'rfcc-bench docs' to write it");
        }
        Instant logged = from(read(changelog), changelog);
        Instant older = docs.isBefore(logged) ? docs : logged;
        try (HistoryStore store = settings.openStore()) {
            RunRecord latest = latest(store, branch);
            Duration lag = Duration.between(older, latest.startedAt());
            return new Outcome(latest, List.of(), older, lag.isNegative() ? Duration.ZERO : lag);
        }
    }

    /**
     * Writes {@code body} as the generated part of {@code file}, between the lines {@code start} and {@code
     * end}, the rest kept; returns false, writing nothing, when it was already so.
     */
    public static boolean writeGenerated(Path file, String start, String end, String body) {
        String old = read(file);
        String text = replaced(old, start, end, body, file);
        if (text.equals(old)) {
            return false;
        }
        write(file, text);
        return true;
    }

    /** Whether the generated part of {@code file} between {@code start} and {@code end} is {@code body}. */
    public static boolean generatedIs(Path file, String start, String end, String body) {
        String old = read(file);
        return replaced(old, start, end, body, file).equals(old);
    }

    /** {@code text} with what lies between the lines {@code start} and {@code end} replaced by {@code body}. */
    private static String replaced(String text, String start, String end, String body, Path file) {
        int[] at = markers(text, start, end);
        if (at == null) {
            throw new UserException(file + " has no " + start + " … " + end
                    + " markers: put the two lines where the generated part belongs, then run docs again");
        }
        return text.substring(0, at[0]) + start + "\n" + body + end + text.substring(at[1]);
    }

    /**
     * Where the generated part lies in {@code text}: from its line {@code start} to past its line {@code end},
     * each a line of its own (so that a marker quoted in the text or in the generated part is not taken for
     * one); null when they are not there.
     */
    private static int[] markers(String text, String start, String end) {
        Matcher open = line(start).matcher(text);
        if (!open.find()) {
            return null;
        }
        Matcher close = line(end).matcher(text);
        return close.find(open.end()) ? new int[] {open.start(), close.end()} : null;
    }

    private static Pattern line(String marker) {
        return Pattern.compile("^" + Pattern.quote(marker) + "$", Pattern.MULTILINE);
    }

    /** The changelog of the project whose README is {@code readme}: {@value #CHANGELOG} beside it. */
    private static Path changelog(Path readme) {
        return readme.toAbsolutePath().getParent().resolve(CHANGELOG);
    }

    /** The newest stored run of {@code branch} (not a pre-commit check of a working tree). */
    private static RunRecord latest(HistoryStore store, String branch) {
        return store.runs(null).stream()
                .filter(r -> branch.equals(r.branch()) && !"pre-commit".equals(r.source()))
                .max(Comparator.comparing(RunSummary::startedAt))
                .flatMap(r -> store.run(r.runId()))
                .orElseThrow(() -> new UserException("no stored run of branch " + branch + " in the history: run the"
                        + " benchmarks on " + branch + " first (or name the branch with --branch)"));
    }

    /** The block's start and end offsets in {@code text} (end past the closing marker). */
    private static int[] block(String text, Path file) {
        int[] at = markers(text, START, END);
        if (at == null) {
            throw new UserException(file + " has no performance markers: put the two lines " + START + " and " + END
                    + " where the table belongs (e.g. under '## Performance'), then run docs again");
        }
        return at;
    }

    private static Instant from(String block, Path file) {
        Matcher m = FROM.matcher(block);
        if (!m.find()) {
            throw new UserException(file + " was not written by 'rfcc-bench docs' (no rfcc-bench:from line):"
                    + " run 'rfcc-bench docs' first");
        }
        return Instant.parse(m.group(2));
    }

    /** The headline figures of {@code run}: its key series, with the date and the commit. */
    static String table(RunRecord run) {
        StringBuilder s = new StringBuilder();
        String commit =
                run.git().commit() == null ? "no commit" : run.git().commit().substring(0, 10);
        s.append("Measured ")
                .append(DAY.format(run.startedAt()))
                .append(" at commit `")
                .append(commit)
                .append("` (run `")
                .append(run.runId(), 0, Math.min(8, run.runId().length()))
                .append("`, ")
                .append(run.profile())
                .append(" profile, ")
                .append(
                        run.machine() == null
                                ? "unknown machine"
                                : run.machine().cpuModel())
                .append(").\n\n| benchmark | value | unit |\n|---|---:|---|\n");
        for (KeySeries k : Catalogs.keySeries(run)) {
            s.append("| ")
                    .append(k.name())
                    .append(" | ")
                    .append(Html.number(k.measured().value()))
                    .append(" | ")
                    .append(k.measured().unit())
                    .append(" |\n");
        }
        return s.toString();
    }

    /** One entry per release tag and per commit with confirmed change points, newest first. */
    private String changelog(HistoryStore store, RunRecord latest) {
        Map<String, List<StoredChange>> byCommit = new LinkedHashMap<>();
        List<StoredChange> confirmed = new ArrayList<>(store.changes(HistoryQuery.all()).stream()
                .filter(c -> "confirmed".equals(c.state()) && c.startedAt() != null)
                .toList());
        confirmed.sort(Comparator.comparing(StoredChange::startedAt).reversed());
        confirmed.forEach(c -> byCommit.computeIfAbsent(String.valueOf(c.commit()), k -> new ArrayList<>())
                .add(c));
        List<Entry> entries = new ArrayList<>();
        byCommit.forEach(
                (commit, changes) -> entries.add(new Entry(changes.get(0).startedAt(), change(commit, changes))));
        List<GitProbe.Tag> tags = GitProbe.tags(settings.workDir());
        for (int i = 0; i < tags.size(); i++) {
            GitProbe.Tag t = tags.get(i);
            Instant before = i + 1 < tags.size() ? tags.get(i + 1).createdAt() : Instant.MIN;
            long changes = confirmed.stream()
                    .filter(c -> c.startedAt().isAfter(before) && !c.startedAt().isAfter(t.createdAt()))
                    .count();
            entries.add(new Entry(
                    t.createdAt(),
                    "### " + DAY.format(t.createdAt()) + " · release " + t.name() + " (`"
                            + t.commit().substring(0, 10)
                            + "`)\n\n" + changes + " confirmed change point" + (changes == 1 ? "" : "s")
                            + " since the " + (i + 1 < tags.size() ? "previous release" : "start of the history")
                            + ".\n\n"));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        StringBuilder s = new StringBuilder("Generated by `rfcc-bench docs` from the history (newest run of main: `"
                + latest.runId() + "`): each confirmed change point, by the commit where the new level began, and"
                + " each release tag, newest first.\n\n");
        if (entries.isEmpty()) {
            s.append("No confirmed change point and no release yet.\n\n");
        }
        entries.forEach(e -> s.append(e.text()));
        return s.toString();
    }

    private record Entry(Instant at, String text) {}

    private static String change(String commit, List<StoredChange> changes) {
        StringBuilder s = new StringBuilder("### ")
                .append(DAY.format(changes.get(0).startedAt()))
                .append(" · `")
                .append(commit.length() >= 10 ? commit.substring(0, 10) : commit)
                .append("`\n\n");
        for (StoredChange c : changes) {
            s.append(String.format(
                    Locale.ROOT,
                    "- %s: %+.1f%% (%s → %s; 95%% interval %+.1f%% to %+.1f%%)%n",
                    c.series().name(),
                    c.changePct(),
                    Html.number(c.beforeMean()),
                    Html.number(c.afterMean()),
                    c.changeLowPct(),
                    c.changeHighPct()));
        }
        return s.append('\n').toString();
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no file " + file);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
