package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.RunMerge;
import org.rfcc.bench.stats.RunsCheck;
import org.rfcc.bench.store.HistoryStore;

/**
 * The two sides of {@code run --compare-with REF}: the stored run of REF when it is comparable
 * and has enough forks, else REF built in a temporary worktree and both builds run here,
 * interleaved one fork at a time (each round a {@code run} of one build in its own JVM).
 */
final class CompareWith {
    /**
     * The head run, its comparison with REF in it, and the base run that was measured and stored
     * here (null when the stored run of REF was the base, or when it was not stored).
     */
    record Compared(RunRecord head, RunRecord storedBase) {}

    private final Settings settings;
    private final Console console;

    CompareWith(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * The head measured with {@code config} ({@code forks} as given, or else raised to what
     * comparisons need) and compared with {@code ref}: with its stored run, or (none, or {@code
     * interleaved}) with a build of it run now, interleaved; with {@code profileDiff} (a report
     * directory, else null) the regressions are profiled on both builds ({@link ProfileDiffs}).
     */
    Compared compare(
            String ref,
            boolean interleaved,
            BenchConfig config,
            Integer forks,
            String profile,
            Set<String> suites,
            BenchmarkFilter filter,
            String source,
            HistoryStore store,
            AlertsConfig alerts,
            Path profileDiff) {
        int minForks = alerts.minForks();
        String commit = commit(settings, ref);
        int calibrated = Configs.noise(settings, profile, Baselines.machine())
                .forksNeeded(org.rfcc.bench.model.Defaults.MAX_CALIBRATED_FORKS);
        int sideForks =
                forks != null ? Math.max(forks, minForks) : Math.max(Math.max(config.forks(), minForks), calibrated);
        Optional<RunRecord> stored = store == null || interleaved
                ? Optional.empty()
                : Baselines.ofCommit(commit, store, profile)
                        .filter(r -> RunsCheck.configDifference(r.config(), config.effective())
                                        .isEmpty()
                                && Baselines.forks(r) >= minForks);
        BenchConfig forked = config.withForks(sideForks);
        Path scratch = scratch();
        List<String> args = roundArgs(settings, profile, suites, filter, source);
        try {
            if (stored.isPresent()) {
                console.note("comparing with stored run " + stored.get().runId() + " of " + ref);
                RunRecord head = Runs.measure(forked, profile, suites, filter, source, settings, console);
                Comparison c = Verdicts.compare(settings, store, stored.get(), head, alerts, Verdicts.How.APART);
                if (profileDiff != null) {
                    BuildCache.Build build = BuildCache.of(
                                    GitProbe.root(settings.workDir()).orElse(settings.workDir()), commit, console)
                            .orElseThrow(CompareWith::noLauncher);
                    c = explain(c, build.dir(), build.classpath(), build.serves(), args, suites, scratch, profileDiff);
                }
                return new Compared(head.withComparison(c), null);
            }
            console.note(String.format(
                    Locale.ROOT,
                    "%s; building it in a temporary worktree and running both builds, %d forks each, interleaved"
                            + " (ABBA)",
                    interleaved
                            ? "--interleaved: not the stored runs of " + ref
                            : String.format(
                                    Locale.ROOT,
                                    "no stored run of %s with this profile and config and %d+ forks",
                                    ref,
                                    minForks),
                    sideForks));
            try (Worktree tree = Worktree.checkout(settings.workDir(), commit)) {
                String classpath = tree.build();
                boolean serves = Rounds.serves(classpath, tree.dir());
                RunRecord baseRun;
                RunRecord headRun;
                try (Rounds.Side base = new Rounds.Side("base", tree.dir(), classpath, args, suites, scratch, serves);
                        Rounds.Side head = Rounds.Side.here(settings, args, suites, scratch)) {
                    base.start();
                    head.start().ready();
                    base.ready();
                    Interleaved.Rounds rounds = Interleaved.run(base.side(), head.side(), sideForks, console);
                    var rules = Catalogs.thresholds(config.performanceThresholds());
                    baseRun = RunMerge.merge(rounds.base(), rules);
                    headRun = RunMerge.merge(rounds.head(), rules);
                }
                boolean baseStored = store != null && store.store(baseRun);
                Comparison c = Verdicts.compare(settings, store, baseRun, headRun, alerts, Verdicts.How.INTERLEAVED);
                if (profileDiff != null) {
                    c = explain(c, tree.dir(), classpath, serves, args, suites, scratch, profileDiff);
                }
                return new Compared(headRun.withComparison(c), baseStored ? baseRun : null);
            }
        } finally {
            BuildCache.delete(scratch);
        }
    }

    /** {@code c} with its regressions profiled on the base build in {@code dir} and on this one. */
    private Comparison explain(
            Comparison c,
            Path dir,
            String classpath,
            boolean serves,
            List<String> args,
            Set<String> suites,
            Path scratch,
            Path reportDir) {
        ProfileDiffs.Build head = (only, agent) ->
                Rounds.Side.here(settings, only(args, only), suites, scratch).withAgent(agent);
        return ProfileDiffs.explain(
                c,
                build("base", dir, classpath, serves, args, suites, scratch),
                head,
                reportDir,
                settings.env().get(Profiles.ASYNC_PROFILER_ENV),
                console);
    }

    /** A build of {@code run} in {@code dir} as a side of {@link ProfileDiffs}: its rounds of one plan. */
    static ProfileDiffs.Build build(
            String name,
            Path dir,
            String classpath,
            boolean serves,
            List<String> args,
            Set<String> suites,
            Path scratch) {
        return (only, agent) ->
                new Rounds.Side(name, dir, classpath, only(args, only), suites, scratch, serves).withAgent(agent);
    }

    /** {@code args} running only the plans that the regular expression {@code only} matches. */
    private static List<String> only(List<String> args, String only) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--include") || args.get(i).equals("--exclude")) {
                i++;
            } else {
                out.add(args.get(i));
            }
        }
        out.addAll(List.of("--include", only));
        return out;
    }

    static UserException noLauncher() {
        return new UserException(
                "the base commit has no ./rfcc-bench launcher to build it with; compare with a newer commit");
    }

    /** The arguments of one build's {@code run} for a round: one fork, nothing stored. */
    static List<String> roundArgs(
            Settings settings, String profile, Set<String> suites, BenchmarkFilter filter, String source) {
        List<String> args = new ArrayList<>(List.of(
                "--config",
                settings.config().toAbsolutePath().toString(),
                "run",
                "--profile",
                profile,
                "--suite",
                String.join(",", suites),
                "--source",
                source,
                "--forks",
                "1",
                "--no-store"));
        filter.includes().forEach(r -> args.addAll(List.of("--include", r)));
        filter.excludes().forEach(r -> args.addAll(List.of("--exclude", r)));
        return args;
    }

    /** The commit {@code ref} names in the working directory's checkout; a user error when it names none. */
    static String commit(Settings settings, String ref) {
        return GitProbe.commitOf(settings.workDir(), ref)
                .orElseThrow(() -> new UserException(
                        "--compare-with: '" + ref + "' is not a git ref of this checkout (a branch, tag or commit)"));
    }

    static Path scratch() {
        try {
            return Files.createTempDirectory("rfcc-bench-interleaved-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }
}
