package org.rfcc.bench.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.Notification;
import org.rfcc.bench.report.AdoptionReport;
import org.rfcc.bench.report.AdoptionReport.Author;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.RunSummary;

/**
 * {@code adoption}: how many of the commits that landed on a branch had the pre-commit
 * performance check run before they were made. A pre-commit run ({@code quick-check}, source
 * {@code pre-commit}) measures the working tree on top of HEAD, so it records HEAD as its commit: a
 * commit counts as checked when a pre-commit run of its first parent (of no commit, for a root
 * commit) started before it was committed.
 */
public final class Adoption {
    private final Settings settings;

    public Adoption(Settings settings) {
        this.settings = settings;
    }

    /**
     * The report of {@code branch} over the last {@code since} ({@code 30d}, say), authors' emails
     * hashed unless {@code showAuthors}.
     */
    public AdoptionReport measure(String branch, String since, boolean showAuthors) {
        try (HistoryStore store = settings.openStore()) {
            return measure(store, branch, since, showAuthors);
        }
    }

    /**
     * The report of the last 30 days of {@code main}, authors hashed, for the report and the
     * dashboard; null without a history or outside a repository with a main branch.
     */
    static AdoptionReport ofMain(Settings settings, HistoryStore store) {
        if (store == null || GitProbe.commitOf(settings.workDir(), "main").isEmpty()) {
            return null;
        }
        return new Adoption(settings).measure(store, "main", "30d", false);
    }

    private AdoptionReport measure(HistoryStore store, String branch, String since, boolean showAuthors) {
        Duration back = Notification.parseDuration(since)
                .filter(d -> !d.isNegative() && !d.isZero())
                .orElseThrow(() ->
                        new UserException("--since takes " + Notification.DURATION_EXAMPLES + ", got '" + since + "'"));
        if (GitProbe.root(settings.workDir()).isEmpty()) {
            throw new UserException("adoption reads the commits of a git repository: run it inside one");
        }
        if (GitProbe.commitOf(settings.workDir(), branch).isEmpty()) {
            throw new UserException("no branch '" + branch + "' in this repository; name the branch commits land on"
                    + " with --branch");
        }
        List<GitProbe.Logged> commits =
                GitProbe.firstParents(settings.workDir(), branch, Instant.now().minus(back));
        Map<String, List<Instant>> checks = new HashMap<>();
        for (RunSummary r : store.runs(null)) {
            if (r.source().equals("pre-commit")) {
                checks.computeIfAbsent(String.valueOf(r.commit()), k -> new ArrayList<>())
                        .add(r.startedAt());
            }
        }
        Map<String, int[]> byAuthor = new LinkedHashMap<>();
        int checked = 0;
        for (GitProbe.Logged c : commits) {
            // committed times have whole seconds: a check in the second of the commit came before it
            Instant made = c.committedAt().plusSeconds(1);
            boolean wasChecked = checks.getOrDefault(String.valueOf(c.parent()), List.of()).stream()
                    .anyMatch(t -> t.isBefore(made));
            checked += wasChecked ? 1 : 0;
            int[] counts =
                    byAuthor.computeIfAbsent(showAuthors ? c.authorEmail() : hash(c.authorEmail()), k -> new int[2]);
            counts[0]++;
            counts[1] += wasChecked ? 1 : 0;
        }
        List<Author> authors = new ArrayList<>();
        byAuthor.forEach((author, n) -> authors.add(new Author(author, n[0], n[1])));
        authors.sort(Comparator.comparingInt(Author::commits).reversed().thenComparing(Author::author));
        return new AdoptionReport(branch, since, commits.size(), checked, authors);
    }

    /** The first 12 hex digits of the SHA-256 of the lower-cased email: one author, not named. */
    static String hash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
