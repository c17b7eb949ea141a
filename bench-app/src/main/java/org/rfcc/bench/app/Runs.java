package org.rfcc.bench.app;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.config.Reporting;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.JmhProfiler;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.runner.Shard;
import org.rfcc.bench.store.HistoryStore;

/**
 * {@code run}: the suites of the config, or the benchmarks of a JMH jar, measured, compared with a
 * baseline when asked, written as files, stored, and watched for change points.
 */
public final class Runs {
    /** What may say it started a run. */
    public static final List<String> SOURCES = List.of("run", "pre-commit", "ci");

    /** The report files of a run whose project has no config: every format, with plots. */
    static final Reporting JAR_REPORTING = new Reporting(List.of("json", "html", "csv", "markdown"), true, true);

    private final Settings settings;
    private final Console console;

    public Runs(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * A run of the config's suites.
     *
     * @param profile {@code full}, {@code quick} or another profile of the config
     * @param suites suite names, or {@value Defaults#ALL_SUITES}
     * @param forks JMH forks per benchmark over the config's, or null
     * @param filter which of the suites' benchmarks run
     * @param compareWith a git ref to compare with, or null
     * @param interleaved compare with a build of {@code compareWith} run now, interleaved, even when the
     *     history holds a run of it
     * @param profileDiff profile the regressions of the comparison on both builds ({@link ProfileDiffs})
     * @param coverage run with benchmark coverage of these packages (empty: the suites' own), or null
     */
    public record SuiteRequest(
            String profile,
            List<String> suites,
            BenchmarkFilter filter,
            Integer forks,
            String source,
            Output output,
            String compareWith,
            boolean interleaved,
            boolean profileDiff,
            List<String> coverage) {
        public SuiteRequest {
            if (interleaved && compareWith == null) {
                throw new UserException("--interleaved says how to compare with --compare-with: give it");
            }
            suites = List.copyOf(suites);
            coverage = coverage == null ? null : List.copyOf(coverage);
            if (coverage != null && compareWith != null) {
                throw new UserException("--coverage runs the benchmarks instrumented, so their timings compare with"
                        + " nothing: leave out --compare-with");
            }
            if (profileDiff && compareWith == null) {
                throw new UserException("--profile-diff profiles the regressions of a comparison: give --compare-with");
            }
            noShardWith(filter.shard(), compareWith, coverage);
            if (!SOURCES.contains(source)) {
                throw new UserException("--source must be run, pre-commit or ci, got '" + source + "'");
            }
        }
    }

    /** Runs the config's suites as {@code request} asks. */
    public RunOutcome suites(SuiteRequest request) {
        BenchConfig config = Configs.load(settings, request.profile(), request.forks());
        AlertsConfig alerts = request.compareWith() == null ? null : Configs.alerts(settings);
        if (request.compareWith() != null) {
            CompareWith.commit(settings, request.compareWith()); // a bad ref fails before anything runs
        }
        // The history opens before the benchmarks run: a bad --store fails at once, not after them.
        try (HistoryStore store = request.output().store() ? settings.openStore() : null) {
            Set<String> suites = suiteNames(request.suites());
            BenchmarkFilter filter =
                    request.filter().sharded(balanced(request.filter().shard(), request.profile(), store));
            RunRecord run;
            RunRecord storedBase = null;
            if (request.coverage() != null) {
                run = Coverages.measure(
                        profilers -> measure(
                                config, request.profile(), suites, request.filter(), request.source(), profilers),
                        suites,
                        request.coverage(),
                        org.rfcc.bench.runner.profile.BenchmarkCoverage.entries(System.getProperty("java.class.path")),
                        settings,
                        console);
            } else if (request.compareWith() == null) {
                run = measure(config, request.profile(), suites, filter, request.source(), settings, console);
            } else {
                CompareWith.Compared compared = new CompareWith(settings, console)
                        .compare(
                                request.compareWith(),
                                request.interleaved(),
                                config,
                                request.forks(),
                                request.profile(),
                                suites,
                                request.filter(),
                                request.source(),
                                store,
                                alerts,
                                request.profileDiff() ? request.output().reportDir() : null);
                run = compared.head();
                storedBase = compared.storedBase();
            }
            return RunFinish.finish(
                    settings,
                    console,
                    store,
                    run,
                    storedBase,
                    request.output(),
                    config.reporting(),
                    config.retentionMonths());
        }
    }

    /**
     * {@code run --rounds}: serves the rounds of an interleaved comparison ({@link Rounds}), one
     * fork of the request's benchmarks per directory that {@code in} names, until it ends.
     */
    public void serveRounds(SuiteRequest request, BufferedReader in, PrintWriter out) {
        if (request.compareWith() != null) {
            throw new UserException("--rounds serves one side of an interleaved comparison; leave out --compare-with");
        }
        BenchConfig config = Configs.load(settings, request.profile(), 1);
        Rounds.serve(config, request, settings, console, in, out);
    }

    /** A run of {@code suites} under {@code config}, here, with the console's progress. */
    static RunRecord measure(
            BenchConfig config,
            String profile,
            Set<String> suites,
            BenchmarkFilter filter,
            String source,
            Settings settings,
            Console console) {
        return new Runs(settings, console).measure(config, profile, suites, filter, source, List.of());
    }

    private RunRecord measure(
            BenchConfig config,
            String profile,
            Set<String> suites,
            BenchmarkFilter filter,
            String source,
            List<JmhProfiler> profilers) {
        return RunService.run(
                config,
                config.effective(),
                profile,
                source,
                suites,
                filter,
                settings.workDir(),
                console.progress(),
                console::warn,
                profilers);
    }

    /** The suites named by {@code suites} ("all" for every one); an unknown name is a user error. */
    static Set<String> suiteNames(List<String> suites) {
        List<String> available = RunService.availableSuites();
        Set<String> names = new LinkedHashSet<>();
        for (String s : suites) {
            if (s.equals(Defaults.ALL_SUITES)) {
                names.addAll(available);
            } else if (available.contains(s)) {
                names.add(s);
            } else {
                throw new UserException("unknown suite '" + s + "'; valid: " + String.join(", ", available) + ", "
                        + Defaults.ALL_SUITES);
            }
        }
        if (names.isEmpty()) {
            throw new UserException("no suites to run: none are installed (run --jmh-jar JAR runs a JMH project's)");
        }
        return names;
    }

    /**
     * A run of the benchmarks of a JMH jar.
     *
     * @param compareWith a git ref whose stored run of the same benchmarks to compare with, or null
     */
    public record JarRequest(
            JarRuns.Selection selection,
            String source,
            Output output,
            String compareWith,
            List<String> coverage,
            Shard shard) {
        public JarRequest {
            coverage = coverage == null ? null : List.copyOf(coverage);
            if (coverage != null && coverage.stream().allMatch(p -> p.startsWith("!"))) {
                throw new UserException("--coverage of a JMH jar: give the packages of the code its benchmarks"
                        + " measure with --coverage-include PACKAGE (e.g. com.example.parser)");
            }
            if (coverage != null && compareWith != null) {
                throw new UserException("--coverage runs the benchmarks instrumented, so their timings compare with"
                        + " nothing: leave out --compare-with");
            }
            noShardWith(shard, compareWith, coverage);
            if (!SOURCES.contains(source)) {
                throw new UserException("--source must be run, pre-commit or ci, got '" + source + "'");
            }
        }
    }

    /** A shard is one slice of a run, to be merged: it compares with nothing and measures no coverage alone. */
    private static void noShardWith(Shard shard, String compareWith, List<String> coverage) {
        if (shard != null && (compareWith != null || coverage != null)) {
            throw new UserException("--shard runs one slice of the matrix: compare or measure coverage of the run"
                    + " that 'rfcc-bench merge' makes of the shards, not of one shard (leave out "
                    + (compareWith != null ? "--compare-with" : "--coverage") + ")");
        }
    }

    /**
     * {@code shard} balanced by the durations that the history holds of {@code profile}'s
     * benchmarks, read from it even when the shard is not stored ({@code --no-store}, its run
     * file to be merged): every shard must make the same slices.
     */
    private Shard balanced(Shard shard, String profile, HistoryStore store) {
        if (shard == null) {
            return null;
        }
        try (HistoryStore read = store == null ? settings.openStore() : null) {
            return shard.withSeconds((store == null ? read : store).planSeconds(profile, Baselines.machine()));
        }
    }

    /** Runs the jar's benchmarks as {@code request} asks: the same files, history and verdict as a suite run. */
    public RunOutcome jar(JarRequest request) {
        // a JMH project has no config of ours: one found (the launcher's checkout) is not its own
        var reporting = settings.configGiven() ? Configs.ifPresent(settings) : java.util.Optional.<BenchConfig>empty();
        try (HistoryStore store = request.output().store() ? settings.openStore() : null) {
            RunRecord base = request.compareWith() == null ? null : storedBase(request.compareWith(), store);
            JarRuns.Selection s = request.selection();
            RunRecord run = request.coverage() == null
                    ? new JarRuns(settings, console)
                            .run(s, request.source(), balanced(request.shard(), Defaults.JMH_PROFILE, store))
                    : Coverages.measure(
                            profilers -> new JarRuns(settings, console)
                                    .run(
                                            new JarRuns.Selection(
                                                    s.jar(),
                                                    s.includes(),
                                                    s.excludes(),
                                                    s.params(),
                                                    s.settings().withProfilers(profilers)),
                                            request.source()),
                            Set.of(),
                            request.coverage(),
                            List.of(s.jar()),
                            settings,
                            console);
            if (base != null) {
                console.note("comparing with stored run " + base.runId() + " of " + request.compareWith());
                run = run.withComparison(
                        Verdicts.compare(settings, store, base, run, Configs.alerts(settings), Verdicts.How.APART));
            }
            return RunFinish.finish(
                    settings,
                    console,
                    store,
                    run,
                    null,
                    request.output(),
                    reporting.map(BenchConfig::reporting).orElse(JAR_REPORTING),
                    reporting.map(BenchConfig::retentionMonths).orElse(Defaults.RETENTION_MONTHS));
        }
    }

    private RunRecord storedBase(String ref, HistoryStore store) {
        if (store == null) {
            throw new UserException("--compare-with needs the history, where the run of " + ref + " is stored;"
                    + " leave out --no-store, or compare two jars with 'rfcc-bench ab --base A.jar --head B.jar'");
        }
        String commit = CompareWith.commit(settings, ref);
        return Baselines.ofCommit(commit, store, Defaults.JMH_PROFILE)
                .orElseThrow(() -> new UserException("no stored run of " + ref + " (commit " + commit.substring(0, 10)
                        + ") of these benchmarks on this machine; run them on that commit first, or build both jars"
                        + " and compare them with 'rfcc-bench ab --base A.jar --head B.jar'"));
    }
}
