package org.rfcc.bench.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.rfcc.bench.report.ReportFiles;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.RunMerge;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.stats.RunsCheck;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

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
                    stored.get(), Runs.measure(forked, profile, suites, source, settings, console), false, false);
        }
        console.note(String.format(
                Locale.ROOT,
                "no stored run of %s with this profile and config and %d+ forks; building it in a temporary worktree"
                        + " and running both builds, %d forks each, interleaved (ABBA)",
                ref,
                minForks,
                sideForks));
        try (Worktree tree = Worktree.checkout(settings.workDir(), commit)) {
            String classpath = tree.build();
            Path scratch = scratch();
            List<String> args = List.of(
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
                    "--no-store");
            Interleaved.Rounds rounds = Interleaved.run(
                    build("base", tree.dir(), classpath, args, suites, scratch),
                    build(
                            "head",
                            settings.workDir().toAbsolutePath(),
                            System.getProperty("java.class.path"),
                            args,
                            suites,
                            scratch),
                    sideForks,
                    console);
            var rules = Catalogs.thresholds(config.performanceThresholds());
            RunRecord base = RunMerge.merge(rounds.base(), rules);
            boolean baseStored = store != null && store.store(base);
            return new Sides(base, RunMerge.merge(rounds.head(), rules), true, baseStored);
        }
    }

    /** The commit {@code ref} names in the working directory's checkout; a user error when it names none. */
    static String commit(Settings settings, String ref) {
        return GitProbe.commitOf(settings.workDir(), ref)
                .orElseThrow(() -> new UserException(
                        "--compare-with: '" + ref + "' is not a git ref of this checkout (a branch, tag or commit)"));
    }

    /** A side that runs one build's {@code run} in its own JVM, one fork a round. */
    private static Interleaved.Side build(
            String label, Path workTree, String classpath, List<String> args, Set<String> suites, Path scratch) {
        return new Interleaved.Side(label, fork -> round(label, workTree, classpath, args, suites, scratch, fork));
    }

    /** Round {@code fork} of one build: its {@code run} with one fork, in its own JVM. */
    private static RunRecord round(
            String label,
            Path workTree,
            String classpath,
            List<String> args,
            Set<String> suites,
            Path scratch,
            int fork) {
        Path dir = scratch.resolve(label + "-" + fork);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(RunService.forkJvmArgs(suites));
        command.addAll(List.of("-cp", classpath, "org.rfcc.bench.cli.Main"));
        command.addAll(args);
        command.addAll(List.of("--report-dir", dir.toString()));
        try {
            Files.createDirectories(dir);
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(workTree.toFile())
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .redirectError(dir.resolve("stderr.log").toFile())
                    .redirectInput(new File("/dev/null"));
            pb.environment().put(Settings.HOME_ENV, workTree.toAbsolutePath().toString());
            int exit = pb.start().waitFor();
            Path record = dir.resolve(ReportFiles.RUN_FILE);
            if (exit > 1 || !Files.exists(record)) {
                String err = Files.readString(dir.resolve("stderr.log"), StandardCharsets.UTF_8);
                throw new UserException(
                        "the " + label + " run failed (exit " + exit + "): " + Interleaved.lastLine(err));
            }
            return Ingest.parse(record, Labels.none());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the " + label + " build", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted during the " + label + " run");
        }
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("rfcc-bench-interleaved-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }
}
