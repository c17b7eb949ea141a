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
    /** The two runs, and whether they ran interleaved in this session. */
    record Sides(RunRecord base, RunRecord head, boolean interleaved, boolean baseStored) {}

    private final Settings settings;
    private final Console console;

    CompareWith(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * The sides for {@code ref}, the head measured with {@code config} ({@code forks} as given, or
     * else raised to what comparisons need).
     */
    Sides sides(
            String ref,
            BenchConfig config,
            Integer forks,
            String profile,
            Set<String> suites,
            BenchmarkFilter filter,
            String source,
            HistoryStore store,
            AlertsConfig alerts) {
        int minForks = alerts.minForks();
        String commit = commit(settings, ref);
        int calibrated = Configs.noise(settings, profile, Baselines.machine())
                .forksNeeded(org.rfcc.bench.model.Defaults.MAX_CALIBRATED_FORKS);
        int sideForks =
                forks != null ? Math.max(forks, minForks) : Math.max(Math.max(config.forks(), minForks), calibrated);
        Optional<RunRecord> stored = store == null
                ? Optional.empty()
                : Baselines.ofCommit(commit, store, profile)
                        .filter(r -> RunsCheck.configDifference(r.config(), config.effective())
                                        .isEmpty()
                                && Baselines.forks(r) >= minForks);
        BenchConfig forked = config.withForks(sideForks);
        if (stored.isPresent()) {
            console.note("comparing with stored run " + stored.get().runId() + " of " + ref);
            return new Sides(
                    stored.get(),
                    Runs.measure(forked, profile, suites, filter, source, settings, console),
                    false,
                    false);
        }
        console.note(String.format(
                Locale.ROOT,
                "no stored run of %s with this profile and config and %d+ forks; building it in a temporary worktree"
                        + " and running both builds, %d forks each, interleaved (ABBA)",
                ref,
                minForks,
                sideForks));
        Path scratch = scratch();
        List<String> args = roundArgs(settings, profile, suites, filter, source);
        try (Worktree tree = Worktree.checkout(settings.workDir(), commit)) {
            String classpath = tree.build();
            boolean serves = Rounds.serves(classpath, tree.dir());
            try (Rounds.Side base = new Rounds.Side("base", tree.dir(), classpath, args, suites, scratch, serves);
                    Rounds.Side head = Rounds.Side.here(settings, args, suites, scratch)) {
                base.start();
                head.start().ready();
                base.ready();
                Interleaved.Rounds rounds = Interleaved.run(base.interleaved(), head.interleaved(), sideForks, console);
                var rules = Catalogs.thresholds(config.performanceThresholds());
                RunRecord baseRun = RunMerge.merge(rounds.base(), rules);
                boolean baseStored = store != null && store.store(baseRun);
                return new Sides(baseRun, RunMerge.merge(rounds.head(), rules), true, baseStored);
            }
        }
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

    private static Path scratch() {
        try {
            return Files.createTempDirectory("rfcc-bench-interleaved-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }
}
