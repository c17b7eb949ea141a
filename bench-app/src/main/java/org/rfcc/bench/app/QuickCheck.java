package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.RunMerge;
import org.rfcc.bench.store.HistoryStore;

/**
 * {@code quick-check}, the pre-commit check: the quick profile of the working tree against HEAD,
 * both measured now, one fork at a time in ABBA order, HEAD's code from a build kept between checks
 * ({@link BuildCache}), so that the machine's drift cancels and nothing is rebuilt. It is
 * sequential: from {@code statistics.min_forks} a side on, it stops as soon as no key metric is
 * left undecided, or before a fork would pass the time budget; each look tests at the false
 * discovery rate divided by the number of looks it may take (Bonferroni over the looks), so that
 * stopping early buys no false alarm. Without a git checkout or a build of HEAD it compares with
 * the newest stored quick run of HEAD or its nearest ancestor, as runs made apart are compared.
 */
public final class QuickCheck {
    /** The time budget of the forks when none is given: the check stays within a minute. */
    public static final Duration BUDGET = Duration.ofSeconds(50);

    /** Forks a side the check takes at most, beyond {@code statistics.min_forks}. */
    static final int EXTRA_FORKS = 1;

    /**
     * What the check found.
     *
     * @param baseline the run of HEAD it compared with; empty when there was none yet (this run becomes it)
     * @param comparison null when there was no baseline
     * @param interleaved whether HEAD was measured now, beside the working tree
     */
    public record Outcome(RunRecord run, Optional<RunRecord> baseline, Comparison comparison, boolean interleaved) {}

    /**
     * What to check.
     *
     * @param suites suite names; empty for {@link #defaultSuites()}
     * @param filter which of their benchmarks; null for the catalogs' {@link Catalogs#quickCheckExcludes}
     * @param budget the most the forks may take, or null for {@link #BUDGET}
     * @param stored compare with the stored baseline instead of measuring HEAD now
     */
    public record Request(List<String> suites, BenchmarkFilter filter, Duration budget, boolean stored) {
        public Request {
            suites = List.copyOf(suites);
        }
    }

    private final Settings settings;
    private final Console console;

    public QuickCheck(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** The suites checked when none are named: the catalogs' hot path, else every suite. */
    public static List<String> defaultSuites() {
        List<String> hot = Catalogs.quickCheckSuites();
        return hot.isEmpty() ? List.of(Defaults.ALL_SUITES) : hot;
    }

    /** Runs the check as {@code request} asks. */
    public Outcome check(Request request) {
        String profile = Defaults.QUICK_PROFILE;
        BenchConfig config = Configs.load(settings, profile, null);
        AlertsConfig alerts = Configs.alerts(settings);
        Set<String> names = Runs.suiteNames(request.suites().isEmpty() ? defaultSuites() : request.suites());
        BenchmarkFilter filter = request.filter() != null
                ? request.filter()
                : new BenchmarkFilter(
                        List.of(), request.suites().isEmpty() ? Catalogs.quickCheckExcludes() : List.of());
        try (HistoryStore store = settings.openStore()) {
            Optional<BuildCache.Build> build = request.stored() ? Optional.empty() : baselineBuild();
            if (build.isEmpty()) {
                return againstStored(store, config, profile, names, filter, alerts);
            }
            Duration budget = request.budget() != null ? request.budget() : BUDGET;
            return interleaved(store, build.get(), config, profile, names, filter, alerts, budget);
        }
    }

    /** HEAD built (now, or kept from an earlier check); empty outside a git checkout or without a launcher at HEAD. */
    private Optional<BuildCache.Build> baselineBuild() {
        Optional<String> head = GitProbe.commitOf(settings.workDir(), "HEAD");
        if (head.isEmpty()) {
            console.note("not a git checkout: comparing with the stored baseline");
            return Optional.empty();
        }
        Path root = GitProbe.root(settings.workDir()).orElse(settings.workDir());
        Optional<BuildCache.Build> build = BuildCache.of(root, head.get(), console);
        if (build.isEmpty()) {
            console.note("HEAD has no ./rfcc-bench launcher to build it with: comparing with the stored baseline");
        }
        return build;
    }

    private Outcome interleaved(
            HistoryStore store,
            BuildCache.Build build,
            BenchConfig config,
            String profile,
            Set<String> names,
            BenchmarkFilter filter,
            AlertsConfig alerts,
            Duration budget) {
        int minForks = alerts.minForks();
        int maxForks = minForks + EXTRA_FORKS;
        AlertsConfig perLook = alerts.withFalseDiscoveryRate(alerts.falseDiscoveryRate() / (EXTRA_FORKS + 1));
        var rules = Catalogs.thresholds(config.performanceThresholds());
        GitInfo baseGit = new GitInfo(build.commit(), null, false);
        List<String> args = CompareWith.roundArgs(settings, profile, names, filter, "pre-commit");
        Path scratch = scratch();
        console.note(String.format(
                Locale.ROOT,
                "comparing with HEAD (%s), measured now: %d to %d forks a side, interleaved (ABBA), within %d s",
                build.commit().substring(0, 10),
                minForks,
                maxForks,
                budget.toSeconds()));
        try (Rounds.Side base =
                        new Rounds.Side("base", build.dir(), build.classpath(), args, names, scratch, build.serves());
                Rounds.Side head = Rounds.Side.here(settings, args, names, scratch)) {
            base.start();
            head.start().ready();
            base.ready();
            Interleaved.Stopping stopping = new Interleaved.Stopping(
                    minForks,
                    maxForks,
                    rounds -> Verdicts.compare(
                                            settings,
                                            store,
                                            RunMerge.merge(rounds.base(), rules).withGit(baseGit),
                                            RunMerge.merge(rounds.head(), rules),
                                            perLook,
                                            Verdicts.How.INTERLEAVED)
                                    .summary()
                                    .inconclusive()
                            == 0,
                    budget);
            Interleaved.Rounds rounds = Interleaved.run(base.side(), head.side(), stopping, console);
            RunRecord baseRun = RunMerge.merge(rounds.base(), rules).withGit(baseGit);
            RunRecord headRun = RunMerge.merge(rounds.head(), rules);
            Comparison c = Verdicts.compare(settings, store, baseRun, headRun, perLook, Verdicts.How.INTERLEAVED);
            RunRecord stored = headRun.withComparison(c);
            store.store(baseRun); // HEAD's run too: the next checks take the fork noise of both from the history
            store.store(stored);
            keepThisBuild();
            return new Outcome(stored, Optional.of(baseRun), c, true);
        } finally {
            BuildCache.delete(scratch);
        }
    }

    /** The check of before: the working tree's run against the newest stored quick run of HEAD or its ancestors. */
    private Outcome againstStored(
            HistoryStore store,
            BenchConfig config,
            String profile,
            Set<String> names,
            BenchmarkFilter filter,
            AlertsConfig alerts) {
        Optional<RunRecord> baseline = Baselines.nearestAncestor(store, profile, settings.workDir());
        RunRecord run = Runs.measure(config, profile, names, filter, "pre-commit", settings, console);
        Comparison c = baseline.map(b -> Verdicts.compare(settings, store, b, run, alerts, Verdicts.How.APART))
                .orElse(null);
        RunRecord stored = c == null ? run : run.withComparison(c);
        store.store(stored);
        return new Outcome(stored, baseline, c, false);
    }

    /**
     * Keeps the build of the working tree just measured as the baseline build of the commit about to
     * be made of it, so that the next check does not build it again; only when this process runs a
     * launcher's build (its jars in one directory) and the working tree is exactly what would be
     * committed.
     */
    private void keepThisBuild() {
        Path jar;
        try {
            jar = Path.of(QuickCheck.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException | SecurityException e) {
            return;
        }
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            return; // classes from a build directory (an IDE, a test): no launcher's build to keep
        }
        Path root = GitProbe.root(settings.workDir()).orElse(settings.workDir());
        try {
            if (BuildCache.keep(root, jar.getParent())) {
                console.note("kept this build of the working tree: the commit made of it next is checked against it"
                        + " without a build");
            }
        } catch (IOException | UncheckedIOException | UserException e) {
            console.note("could not keep this build for the next check (" + e.getMessage() + "); it builds HEAD then");
        }
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("rfcc-bench-quick-check-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }
}
