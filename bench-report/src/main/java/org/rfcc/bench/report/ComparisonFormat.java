package org.rfcc.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.ProfileDiff;
import org.rfcc.bench.model.comparison.Summary;
import org.rfcc.bench.stats.RunComparator;

/**
 * How a comparison is shown: a table for the terminal, Markdown for pull requests, JSON for
 * scripts (CONTRACT.md). Text formats list the changes that matter first, then what could not be
 * decided, then a one-line verdict.
 */
public enum ComparisonFormat {
    TABLE(ComparisonFormat::table),
    MARKDOWN(ComparisonFormat::markdown),
    JSON(Json::pretty);

    private final Function<Comparison, String> render;

    ComparisonFormat(Function<Comparison, String> render) {
        this.render = render;
    }

    /** The comparison as this format's text, ending with a newline. */
    public String render(Comparison comparison) {
        return render.apply(comparison);
    }

    /** Parses {@code table}, {@code markdown} or {@code json}. */
    public static ComparisonFormat of(String name) {
        for (ComparisonFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; valid: table, markdown, json");
    }

    private static List<Change> shown(Comparison c) {
        return c.changes().stream()
                .filter(ch -> ch.kind() != Kind.NONE || ch.notDecided())
                .sorted((a, b) -> b.level().compareTo(a.level()))
                .toList();
    }

    private static String table(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "comparison of %s (base) and %s (head)%n", ref(c.base()), ref(c.head())));
        List<Change> shown = shown(c);
        if (!shown.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n%-9s %-11s %9s %19s %9s  %s%n",
                    "level",
                    "kind",
                    "change",
                    "interval",
                    "q",
                    "series"));
            for (Change ch : shown) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-9s %-11s %9s %19s %9s  %s%n",
                        level(ch),
                        ch.kind().id(),
                        pct(ch.changePct()),
                        interval(ch.ciPct()),
                        ch.qValue() == null ? "exact" : String.format(Locale.ROOT, "%.2g", ch.qValue()),
                        series(ch)));
            }
        }
        if (!c.profileDiffs().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nwhere the time went (--profile-diff):%n"));
            for (ProfileDiff d : c.profileDiffs()) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %s: %s%s%n",
                        series(d),
                        d.where(),
                        d.flamegraph() == null ? "" : " (differential flamegraph: " + d.flamegraph() + ")"));
            }
        }
        out.append(footnotes(c, ""));
        out.append(String.format(Locale.ROOT, "%n%s%n", verdict(c)));
        return out.toString();
    }

    private static String markdown(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "### rfcc-bench: %s vs %s%n%n**%s**%n", ref(c.base()), ref(c.head()), verdict(c)));
        List<Change> shown = shown(c);
        if (!shown.isEmpty()) {
            out.append("\n| level | kind | series | change | interval | q |\n|---|---|---|---:|---:|---:|\n");
            for (Change ch : shown) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s |%n",
                        level(ch),
                        ch.kind().id(),
                        MarkdownSummaryWriter.cell(series(ch)),
                        pct(ch.changePct()),
                        interval(ch.ciPct()),
                        ch.qValue() == null ? "exact" : String.format(Locale.ROOT, "%.2g", ch.qValue())));
            }
        }
        if (!c.profileDiffs().isEmpty()) {
            out.append("\n**Where the time went** (`--profile-diff`)\n\n");
            for (ProfileDiff d : c.profileDiffs()) {
                out.append(String.format(
                        Locale.ROOT,
                        "- %s: %s%s%n",
                        MarkdownSummaryWriter.cell(series(d)),
                        MarkdownSummaryWriter.cell(d.where()),
                        d.flamegraph() == null ? "" : " ([differential flamegraph](" + d.flamegraph() + "))"));
            }
        }
        out.append(footnotes(c, "- "));
        return out.toString();
    }

    /** The level column: a key metric that is not decided says so, whatever its (none) level. */
    private static String level(Change ch) {
        return ch.notDecided() ? "undecided" : ch.level().id();
    }

    private static String footnotes(Comparison c, String bullet) {
        StringBuilder out = new StringBuilder();
        Summary s = c.summary();
        String levels = c.changes().stream()
                .filter(ch -> ch.ciLevel() != null)
                .collect(Collectors.toMap(Change::family, Change::ciLevel, (a, b) -> a, TreeMap::new))
                .entrySet()
                .stream()
                .map(e -> String.format(Locale.ROOT, "%s %.4g%%", e.getKey(), e.getValue() * 100))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        if (!levels.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n%sintervals at the level of their false-discovery family (%s): each leaves out 0 exactly when"
                            + " its change is significant%n",
                    bullet,
                    levels));
        }
        if (s.undecided() > 0 && !c.undecided()) {
            Change first =
                    c.changes().stream().filter(Change::undecided).findFirst().orElseThrow();
            out.append(String.format(
                    Locale.ROOT,
                    "%n%s%d metrics not decided: %s; the largest changes among them: %s%n",
                    bullet,
                    s.undecided(),
                    first.note(),
                    largestUndecided(c)));
        }
        long byThreshold = c.changes().stream()
                .filter(ch -> ch.decision() == Decision.THRESHOLD)
                .count();
        if (byThreshold > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n%s%d metrics judged by their threshold alone (--single-sample threshold): too few forks to"
                            + " test, so a change of that size may be noise%n",
                    bullet,
                    byThreshold));
        }
        long capped = c.changes().stream()
                .filter(ch -> ch.kind() == Kind.REGRESSION && RunComparator.RUN_NOISE_UNKNOWN.equals(ch.note()))
                .count();
        if (capped > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n%s%d %s at most info: %s%n",
                    bullet,
                    capped,
                    capped == 1 ? "regression" : "regressions",
                    RunComparator.RUN_NOISE_UNKNOWN));
        }
        onlyOneSide(out, bullet, "base", c.onlyInBase());
        onlyOneSide(out, bullet, "head", c.onlyInHead());
        if (s.underpowered() > 0) {
            int worst = c.changes().stream()
                    .filter(ch -> ch.forksNeeded() != null)
                    .mapToInt(Change::forksNeeded)
                    .max()
                    .orElse(-1);
            out.append(String.format(
                    Locale.ROOT,
                    "%n%s%d metrics under-powered: their noise hides a change of the warning size%s%n",
                    bullet,
                    s.underpowered(),
                    worst > 0 ? "; " + worst + " forks per side would fix all of them" : ""));
        }
        return out.toString();
    }

    private static void onlyOneSide(StringBuilder out, String bullet, String side, List<String> benchmarks) {
        if (benchmarks.isEmpty()) {
            return;
        }
        String named = String.join(", ", benchmarks.subList(0, Math.min(3, benchmarks.size())));
        out.append(String.format(
                Locale.ROOT,
                "%n%s%d %s only in the %s, not compared: %s%s%n",
                bullet,
                benchmarks.size(),
                benchmarks.size() == 1 ? "benchmark" : "benchmarks",
                side,
                named,
                benchmarks.size() > 3 ? " and " + (benchmarks.size() - 3) + " more" : ""));
    }

    /** The three undecided changes of the largest size, {@code +57.0% suite/benchmark/metric, …}. */
    private static String largestUndecided(Comparison c) {
        return c.changes().stream()
                .filter(ch -> ch.undecided() && ch.changePct() != null)
                .sorted((a, b) -> Double.compare(Math.abs(b.changePct()), Math.abs(a.changePct())))
                .limit(3)
                .map(ch -> pct(ch.changePct()) + " " + series(ch))
                .reduce((a, b) -> a + ", " + b)
                .orElse("none measurable");
    }

    /** The comparison's one-line verdict, as every format ends with it. */
    public static String verdict(Comparison c) {
        Summary s = c.summary();
        if (!s.worst().atLeast(Level.WARNING) && s.inconclusive() > 0) {
            return String.format(
                    Locale.ROOT,
                    "NOT DECIDED: %d key %s could neither show nor rule out a regression of warning size (%s); %s",
                    s.inconclusive(),
                    s.inconclusive() == 1 ? "metric" : "metrics",
                    c.changes().stream()
                            .filter(Change::notDecided)
                            .limit(3)
                            .map(ch -> series(ch) + " " + pct(ch.changePct()) + " " + interval(ch.ciPct()))
                            .reduce((a, b) -> a + ", " + b)
                            .orElseThrow(),
                    counts(c));
        }
        if (c.undecided()) {
            Change first = c.changes().get(0);
            return String.format(
                    Locale.ROOT,
                    "UNDECIDED: not one of the %d metrics could be decided (%s); the largest changes: %s. Run more"
                            + " forks, or give --single-sample threshold to judge them by their thresholds alone",
                    c.changes().size(),
                    first.note(),
                    largestUndecided(c));
        }
        return (s.worst() == Level.NONE ? "no regression: " : s.worst().id().toUpperCase(Locale.ROOT) + ": ")
                + counts(c);
    }

    private static String counts(Comparison c) {
        Summary s = c.summary();
        return String.format(
                Locale.ROOT,
                "%d critical, %d warning, %d info, %d improvements over %d metrics (FDR q = %s)",
                s.critical(),
                s.warning(),
                s.info(),
                s.improvements(),
                c.changes().size(),
                String.format(Locale.ROOT, "%.3g", c.falseDiscoveryRate()));
    }

    private static String ref(Comparison.RunRef r) {
        String id = r.runId().length() > 8 ? r.runId().substring(0, 8) : r.runId();
        return r.commit() == null
                ? id
                : id + " @ " + r.commit().substring(0, Math.min(10, r.commit().length()));
    }

    private static String series(Change ch) {
        return SeriesNames.name(ch.suite(), ch.benchmark(), ch.metric(), ch.params());
    }

    /** The series of the regression that a profile explains. */
    static String series(ProfileDiff d) {
        return SeriesNames.name(d.suite(), d.benchmark(), d.metric(), d.params());
    }

    private static String pct(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", v);
    }

    private static String interval(List<Double> ci) {
        return ci == null ? "" : String.format(Locale.ROOT, "[%+.1f, %+.1f]%%", ci.get(0), ci.get(1));
    }
}
