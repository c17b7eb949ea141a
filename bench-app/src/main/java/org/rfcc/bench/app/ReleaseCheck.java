package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.ThresholdRule;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.report.OutputFormat;
import org.rfcc.bench.report.ReleaseReport;
import org.rfcc.bench.report.ReleaseReport.Item;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.report.ReportFiles;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.store.HistoryStore;

/**
 * {@code release-check}: the seed's release checklist, judged on the newest stored run of HEAD
 * against the previous release tag: every benchmark passes without regression (against the tag's
 * stored run on the same machine and profile, or an interleaved run of both builds when it has
 * none), memory within its limits, quality maintained, the speed thresholds (the latency SLA)
 * met, and the performance report written. Each item holds or not, with its evidence.
 */
public final class ReleaseCheck {
    private final Settings settings;
    private final Console console;

    public ReleaseCheck(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** The checklist and the files written. */
    public record Outcome(ReleaseReport.Checklist checklist, List<Path> files) {}

    /**
     * Judges HEAD against {@code previous} (a tag; null: the newest tag before HEAD) and writes
     * the release report and the performance report into {@code out}.
     */
    public Outcome check(String previous, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a file; give a directory");
        }
        String commit = GitProbe.commitOf(settings.workDir(), "HEAD")
                .orElseThrow(() -> new UserException(
                        "release-check judges the commit to release: run it in a git" + " checkout with a commit"));
        String tag = previous != null ? previous : previousTag().orElse(null);
        try (HistoryStore store = settings.openStore()) {
            RunRecord head = store.latestRun(commit, null, null)
                    .flatMap(store::run)
                    .orElseThrow(() -> new UserException("no stored run of HEAD (commit " + commit.substring(0, 10)
                            + ") in " + settings.storeName() + ": run the benchmarks of the release first"
                            + " ('rfcc-bench run'), then release-check"));
            Comparison comparison = null;
            String against = "no earlier release tag";
            if (tag != null) {
                String base = CompareWith.commit(settings, tag);
                against = tag + " (" + base.substring(0, 10) + ")";
                Optional<RunRecord> stored = store.latestRun(
                                base, head.machine().fingerprint(), head.profile())
                        .flatMap(store::run);
                if (stored.isPresent()) {
                    comparison = Verdicts.compare(
                            settings, store, stored.get(), head, Configs.alerts(settings), Verdicts.How.APART);
                } else {
                    console.note("no stored run of " + tag + " on this machine: measuring both builds interleaved");
                    head = interleaved(tag, head.profile(), out);
                    comparison = head.comparison();
                }
            }
            RunRecord judged = comparison == null ? head : head.withComparison(comparison);
            Files.createDirectories(out);
            List<Path> files = new ArrayList<>(ReportFiles.write(
                    new ReportData(judged, Trends.of(store, judged), false, true, Adoption.ofMain(settings, store)),
                    out,
                    EnumSet.of(OutputFormat.HTML),
                    true,
                    null));
            Path report = out.resolve(ReportFiles.HTML);
            List<Item> items = new ArrayList<>();
            items.add(noRegression(judged, comparison, tag));
            items.add(memory(judged, comparison));
            items.add(quality(judged, comparison));
            items.add(sla(judged));
            boolean written = Files.isRegularFile(report) && Files.size(report) > 0;
            items.add(new Item(
                    "Performance report generated",
                    written,
                    List.of(
                            written
                                    ? report + " (" + Files.size(report) / 1024 + " KiB)"
                                            + (comparison == null ? "" : ", with the comparison against " + tag)
                                    : "no report was written to " + report)));
            ReleaseReport.Checklist checklist = new ReleaseReport.Checklist(commit, against, judged.runId(), items);
            files.addAll(ReleaseReport.write(checklist, out));
            return new Outcome(checklist, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the release report to " + out, e);
        }
    }

    /** The newest tag reachable from HEAD's parent, the release before this one. */
    private Optional<String> previousTag() {
        if (GitProbe.commitOf(settings.workDir(), "HEAD^").isEmpty()) {
            return Optional.empty();
        }
        return GitProbe.describe(settings.workDir(), "HEAD^");
    }

    /** HEAD run again beside a build of {@code tag}, one fork at a time in ABBA order; the run, with its comparison. */
    private RunRecord interleaved(String tag, String profile, Path out) {
        RunOutcome o = new Runs(settings.withSendAlerts(false), console)
                .suites(new Runs.SuiteRequest(
                        Defaults.JMH_PROFILE.equals(profile) ? Defaults.PROFILE : profile,
                        List.of(Defaults.ALL_SUITES),
                        BenchmarkFilter.ALL,
                        null,
                        "ci",
                        new Output(out.resolve("interleaved"), null, true, false),
                        tag,
                        true,
                        false,
                        null));
        return o.run();
    }

    private static Item noRegression(RunRecord run, Comparison c, String tag) {
        List<String> evidence = new ArrayList<>();
        long failed =
                run.results().stream().filter(r -> r.status() == Status.FAILED).count();
        if (failed > 0) {
            run.results().stream()
                    .filter(r -> r.status() == Status.FAILED)
                    .forEach(r -> evidence.add("failed: " + r.id() + " " + r.params() + ": " + r.error()));
        }
        List<Change> regressions = c == null ? List.of() : c.regressions(Level.WARNING);
        regressions.forEach(ch -> evidence.add(describe(ch)));
        if (c == null) {
            evidence.add(tag == null ? "no earlier release tag: nothing to regress against" : "no comparison");
        } else if (regressions.isEmpty()) {
            evidence.add("no regression at warning or above in " + c.changes().size() + " metrics against " + tag
                    + undecided(c));
        }
        evidence.add(0, (run.results().size() - failed) + " of " + run.results().size() + " benchmarks ran");
        return new Item("All benchmarks pass without regression", failed == 0 && regressions.isEmpty(), evidence);
    }

    private Item memory(RunRecord run, Comparison c) {
        return classItem("Memory usage within acceptable limits", AlertClass.MEMORY_USAGE, run, c, true);
    }

    private static Item quality(RunRecord run, Comparison c) {
        List<String> evidence = new ArrayList<>();
        List<Change> quality = c == null
                ? List.of()
                : c.changes().stream()
                        .filter(ch -> classOf(ch) == AlertClass.MODEL_ACCURACY)
                        .toList();
        List<Change> worse =
                quality.stream().filter(ch -> ch.kind() == Kind.REGRESSION).toList();
        worse.forEach(ch -> evidence.add(describe(ch)));
        long measured = run.results().stream()
                .flatMap(r -> r.metrics().entrySet().stream()
                        .filter(e -> Catalogs.alertClass(
                                                r.suite(),
                                                r.benchmark(),
                                                e.getKey(),
                                                e.getValue().unit())
                                        .orElse(null)
                                == AlertClass.MODEL_ACCURACY))
                .count();
        long better =
                quality.stream().filter(ch -> ch.kind() == Kind.IMPROVEMENT).count();
        if (worse.isEmpty()) {
            evidence.add(
                    measured == 0
                            ? "the run measured no quality metric"
                            : measured + " quality metrics: none worse"
                                    + (c == null ? " (nothing to compare with)" : "")
                                    + (better > 0 ? ", " + better + " improved" : ""));
        }
        return new Item("Compression quality maintained or improved", worse.isEmpty(), evidence);
    }

    private Item sla(RunRecord run) {
        return classItem("Inference latency meets SLA requirements", AlertClass.COMPRESSION_SPEED, run, null, false);
    }

    /**
     * The thresholds of {@code run} on metrics of {@code kind} (memory; or, for the SLA, every one
     * not on memory), and with {@code regressions}, the comparison's regressions of that class.
     */
    private Item classItem(String name, AlertClass kind, RunRecord run, Comparison c, boolean regressions) {
        Map<String, AlertClass> classes = thresholdClasses(run);
        List<String> evidence = new ArrayList<>();
        boolean passed = true;
        int n = 0;
        for (ThresholdCheck t : run.thresholds()) {
            AlertClass of = classes.getOrDefault(t.name(), AlertClass.COMPRESSION_SPEED);
            boolean mine = kind == AlertClass.MEMORY_USAGE ? of == kind : of != AlertClass.MEMORY_USAGE;
            if (mine) {
                n++;
                passed &= t.passed();
                evidence.add(String.format(
                        Locale.ROOT,
                        "%s: %s %s (limit %s) %s",
                        t.name(),
                        t.observed() == null ? "not measured" : org.rfcc.bench.report.Html.number(t.observed()),
                        t.passed() ? "pass" : "FAIL",
                        org.rfcc.bench.report.Html.number(t.limit()),
                        t.benchmark() + (t.params().isEmpty() ? "" : " " + t.params())));
            }
        }
        if (n == 0) {
            evidence.add("no threshold of the config is on these metrics");
        }
        if (regressions && c != null) {
            for (Change ch : c.regressions(Level.WARNING)) {
                if (classOf(ch) == kind) {
                    passed = false;
                    evidence.add(describe(ch));
                }
            }
        }
        return new Item(name, passed, evidence);
    }

    /** The alert class of each threshold's metric, by threshold name, from the config's rules. */
    private Map<String, AlertClass> thresholdClasses(RunRecord run) {
        Map<String, AlertClass> out = new HashMap<>();
        Optional<BenchConfig> config = Configs.ifPresent(settings);
        List<ThresholdRule> rules =
                config.map(b -> Catalogs.thresholds(b.performanceThresholds())).orElse(List.of());
        for (ThresholdRule rule : rules) {
            String[] id = rule.benchmark().split("/", 2);
            String unit = run.results().stream()
                    .filter(r -> r.id().equals(rule.benchmark()) && r.metrics().containsKey(rule.metric()))
                    .map(BenchmarkResult::metrics)
                    .map(m -> m.get(rule.metric()))
                    .map(Metric::unit)
                    .findFirst()
                    .orElse("");
            Catalogs.alertClass(id[0], id.length > 1 ? id[1] : "", rule.metric(), unit)
                    .ifPresent(k -> out.put(rule.name(), k));
        }
        return out;
    }

    private static AlertClass classOf(Change ch) {
        return Catalogs.alertClass(ch.suite(), ch.benchmark(), ch.metric(), ch.unit())
                .orElse(null);
    }

    private static String undecided(Comparison c) {
        long n = c.changes().stream().filter(Change::undecided).count();
        return n == 0 ? "" : " (" + n + " undecided: too noisy to rule out a regression of warning size)";
    }

    private static String describe(Change ch) {
        return String.format(
                Locale.ROOT,
                "%s: %s/%s %s %s %+.1f%% (%s)",
                ch.level().name().toLowerCase(Locale.ROOT),
                ch.suite(),
                ch.benchmark(),
                ch.params(),
                ch.metric(),
                ch.changePct() == null ? 0 : ch.changePct(),
                ch.kind().name().toLowerCase(Locale.ROOT));
    }
}
