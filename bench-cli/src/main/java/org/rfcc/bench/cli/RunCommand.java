package org.rfcc.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.config.ConfigException;
import org.rfcc.bench.model.config.ConfigLoader;
import org.rfcc.bench.report.ComparisonFormat;
import org.rfcc.bench.report.CsvWriter;
import org.rfcc.bench.report.GithubBenchmarkWriter;
import org.rfcc.bench.report.MarkdownSummaryWriter;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.report.ReportFiles;
import org.rfcc.bench.report.RunRecordWriter;
import org.rfcc.bench.report.Trend;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.RunMerge;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.stats.Comparison;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.stats.Level;
import org.rfcc.bench.stats.RunsCheck;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;
import org.rfcc.compressor.ModelPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench run}: runs the JMH suites and writes the run's files. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the benchmark suites of benchmarks/config.yaml, stores the run and writes its files.",
            "",
            "The timed suites run on JMH with forks on, then the quality pass and the thresholds. Files, as reporting.output_format and generate_plots ask: benchmark_run.json (the run record, always), benchmark_results.json (github-action-benchmark customSmallerIsBetter), benchmark_results.csv, benchmark_summary.md, benchmark_report.html (self-contained, offline) and benchmark_plots/ (PNG and SVG). Exit code 1 when a benchmark failed, or a threshold was breached with --fail-on-threshold."
        })
final class RunCommand extends BaseCommand {
    static final String RUN_FILE = "benchmark_run.json";
    static final String RESULTS_FILE = "benchmark_results.json";
    static final String CSV_FILE = "benchmark_results.csv";
    static final String SUMMARY_FILE = "benchmark_summary.md";

    /**
     * The most forks per side that --compare-with takes from the calibrated noise when it runs
     * both sides: beyond it the session grows longer than a comparison is worth, and --forks
     * asks for more.
     */
    static final int MAX_CALIBRATED_FORKS = 10;

    /** How many of the newest runs a change point may begin in to be reported after a run. */
    static final int RECENT_RUNS = 2 * EDivisiveMeans.DEFAULT_MIN_SEGMENT;

    @Option(
            names = "--suite",
            defaultValue = "all",
            description =
                    "compression, models, inference or all (default: ${DEFAULT-VALUE}); repeat or comma-separate for several.",
            split = ",")
    List<String> suites;

    @Mixin
    ProfileOptions profiles;

    @Mixin
    VerdictOptions verdict;

    @Option(
            names = "--output",
            description = "Path of the github-action-benchmark JSON (default: <report-dir>/" + RESULTS_FILE + ").")
    Path output;

    @Option(
            names = "--report-dir",
            defaultValue = ".",
            description = "Directory for the output files (default: the current directory).")
    Path reportDir;

    @Option(names = "--forks", description = "JMH forks per benchmark, overriding the config.")
    Integer forks;

    @Option(names = "--fail-on-threshold", description = "Exit 1 when a performance threshold is breached.")
    boolean failOnThreshold;

    @Option(names = "--no-store", description = "Do not store the run in the history.")
    boolean noStore;

    @Option(
            names = "--detailed-report",
            description = "Add each fork's samples, a distribution plot per metric and the compressor's time per"
                    + " stage (split, tokenize, embed, select) to the HTML report and the plots.")
    boolean detailedReport;

    @Option(
            names = "--source",
            defaultValue = "run",
            description = "What started the run: run, pre-commit or ci (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(
            names = "--compare-with",
            paramLabel = "REF",
            description = "Compare with git ref REF: with its stored run on this machine (same profile and config), or"
                    + " else by building REF in a temporary worktree and running both, one fork at a time in ABBA"
                    + " order. The comparison goes into the run record, a table and the exit code (--fail-on).")
    String compareWith;

    @Override
    protected int doCall() throws IOException {
        String chosen = profiles.chosen();
        Set<String> suiteNames = suiteNames(suites);
        if (forks != null && forks < 1) {
            throw new UserException("--forks must be at least 1, got " + forks);
        }
        if (!List.of("run", "pre-commit", "ci").contains(source)) {
            throw new UserException("--source must be run, pre-commit or ci, got '" + source + "'");
        }
        Level level = verdict.failOn();
        Path configFile = RfccBenchCommand.config(spec);
        BenchConfig config = loadConfig(configFile, chosen, forks);
        Map<String, Object> effective = config.effective();
        if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
            throw new UserException("--report-dir " + reportDir + " is a file; give a directory");
        }
        // The history is opened before the benchmarks run: a bad --store fails at once, not after them.
        try (HistoryStore store = noStore ? null : openStore()) {
            RunRecord run;
            Comparison comparison = null;
            if (compareWith == null) {
                run = runHere(config, effective, chosen, suiteNames);
            } else {
                Sides sides = compared(configFile, config, effective, chosen, suiteNames, store);
                comparison =
                        Verdicts.compare(sides.base(), sides.head(), verdict.alerts(configFile), sides.interleaved());
                run = sides.head().withComparison(Json.MAPPER.valueToTree(comparison));
            }
            writeFiles(new ReportData(run, trends(store, run), detailedReport), config, reportDir, output, out());
            if (store != null) {
                store.store(run);
                out().println("stored run " + run.runId() + " in " + Stores.redact(RfccBenchCommand.store(spec)));
                applyRetention(store, config.retentionMonths());
                reportChangePoints(store, run);
            }
            printSummary(run);
            boolean breached = failOnThreshold && run.anyThresholdBreached();
            int verdict = ExitCodes.OK;
            if (comparison != null) {
                out().println();
                out().print(ComparisonFormat.TABLE.render(comparison));
                out().flush();
                verdict = Verdicts.exitCode(comparison, level);
            }
            return run.anyFailed() || breached ? ExitCodes.FAILURE : verdict;
        }
    }

    /**
     * Runs change point detection over the stored series of this machine and profile, and names
     * the shifts that began within the last runs: detection needs a few points after a change
     * before it can see it, so this is where a regression that crept in is first pinned down.
     */
    private void reportChangePoints(HistoryStore store, RunRecord run) {
        List<ChangeWatch.Found> found = ChangeWatch.recent(
                store, run.machine().fingerprint(), run.profile(), RECENT_RUNS, new EDivisiveMeans());
        for (ChangeWatch.Found f : found) {
            String commit = f.first().commit();
            out().printf(
                            Locale.ROOT,
                            "change point: %s moved %+.1f%% starting with run %s (%s, %s)%n",
                            f.series(),
                            f.point().changePct(),
                            f.first().runId(),
                            commit == null ? "no commit" : commit.substring(0, Math.min(10, commit.length())),
                            f.first().startedAt());
        }
    }

    /** Loads the config with {@code profile} ("full" for the top level) and a --forks override. */
    static BenchConfig loadConfig(Path file, String profile, Integer forks) {
        try {
            Set<String> models = Set.of(ModelPreset.ids().split(", "));
            BenchConfig config = ConfigLoader.load(file, "full".equals(profile) ? null : profile, models);
            return forks == null ? config : config.withForks(forks);
        } catch (ConfigException e) {
            throw new UserException(e.getMessage());
        }
    }

    private RunRecord runHere(
            BenchConfig config, Map<String, Object> effective, String chosen, Set<String> suiteNames) {
        ConsoleProgress progress = new ConsoleProgress(err(), System.console() != null);
        return RunService.run(
                config, effective, chosen, source, suiteNames, Path.of("."), progress, line -> err().println(
                                "rfcc-bench: warning: " + line));
    }

    /**
     * The base and head runs for --compare-with: the stored run of REF when it is comparable and
     * has enough forks, else both built and run here, interleaved.
     */
    /** The two runs of --compare-with, and whether they ran interleaved in this session. */
    private record Sides(RunRecord base, RunRecord head, boolean interleaved) {}

    private Sides compared(
            Path configFile,
            BenchConfig config,
            Map<String, Object> effective,
            String chosen,
            Set<String> suiteNames,
            HistoryStore store) {
        int minForks = verdict.alerts(configFile).minForks();
        String commit = GitProbe.commitOf(Path.of("."), compareWith)
                .orElseThrow(() -> new UserException("--compare-with: '" + compareWith
                        + "' is not a git ref of this checkout (a branch, tag or commit)"));
        int calibrated = AlertsFiles.noise(chosen, Baselines.machine()).forksNeeded(MAX_CALIBRATED_FORKS);
        // --forks is taken as given; else the config's, raised to what calibrate found necessary.
        int sideForks =
                forks != null ? Math.max(forks, minForks) : Math.max(Math.max(config.forks(), minForks), calibrated);
        Optional<RunRecord> stored = store == null
                ? Optional.empty()
                : Baselines.ofCommit(commit, store, chosen)
                        .filter(r -> RunsCheck.configDifference(r.config(), effective)
                                        .isEmpty()
                                && Baselines.forks(r) >= minForks);
        if (stored.isPresent()) {
            err().println("rfcc-bench: comparing with stored run "
                    + stored.get().runId() + " of " + compareWith);
            BenchConfig forked = config.withForks(sideForks);
            return new Sides(stored.get(), runHere(forked, forked.effective(), chosen, suiteNames), false);
        }
        err().printf(
                        Locale.ROOT,
                        "rfcc-bench: no stored run of %s with this profile and config and %d+ forks; building it in a"
                                + " temporary worktree and running both builds, %d forks each, interleaved (ABBA)%n",
                        compareWith,
                        minForks,
                        sideForks);
        err().flush();
        try (Worktree tree = Worktree.checkout(commit)) {
            String classpath = tree.build();
            List<String> global =
                    List.of("--config", configFile.toAbsolutePath().toString());
            List<String> runArgs =
                    List.of("--profile", chosen, "--suite", String.join(",", suiteNames), "--source", source);
            Interleaved.Rounds rounds = Interleaved.run(
                    new Interleaved.Side("base", tree.dir(), classpath),
                    new Interleaved.Side("head", Path.of(".").toAbsolutePath(), System.getProperty("java.class.path")),
                    global,
                    runArgs,
                    sideForks,
                    line -> {
                        err().println("rfcc-bench: " + line);
                        err().flush();
                    });
            RunRecord base = RunMerge.merge(rounds.base(), config.performanceThresholds());
            if (store != null) {
                store.store(base);
                out().println("stored base run " + base.runId() + " (" + compareWith + ")");
            }
            return new Sides(base, RunMerge.merge(rounds.head(), config.performanceThresholds()), true);
        }
    }

    /** The suites named by --suite values ("all" for every one); unknown names are a user error. */
    static Set<String> suiteNames(List<String> suites) {
        List<String> available = RunService.availableSuites();
        Set<String> names = new LinkedHashSet<>();
        for (String s : suites) {
            if (s.equals("all")) {
                names.addAll(available);
            } else if (available.contains(s)) {
                names.add(s);
            } else {
                throw new UserException("unknown suite '" + s + "'; valid: " + String.join(", ", available) + ", all");
            }
        }
        return names;
    }

    /** The trends of the run's key series from the history, none without one. */
    static List<Trend> trends(HistoryStore store, RunRecord run) {
        return store == null ? List.of() : Trends.of(store, run, new EDivisiveMeans());
    }

    /**
     * Writes the files of {@code data}'s run into {@code dir} that the config's output_format and
     * generate_plots ask for (the run record always), each whole or not at all, and says so on
     * {@code out}.
     *
     * @param output the github-action-benchmark file, or null for its default name in {@code dir}
     */
    static void writeFiles(ReportData data, BenchConfig config, Path dir, Path output, PrintWriter out)
            throws IOException {
        writeFiles(data, config.reporting().outputFormat(), config.reporting().generatePlots(), dir, output, out);
    }

    /** Writes the files of {@code data}'s run that {@code formats} and {@code plots} ask for into {@code dir}. */
    static void writeFiles(ReportData data, List<String> formats, boolean plots, Path dir, Path output, PrintWriter out)
            throws IOException {
        RunRecord run = data.run();
        new RunRecordWriter().write(run, dir.resolve(RUN_FILE));
        out.println("wrote " + dir.resolve(RUN_FILE));
        if (formats.contains("json")) {
            Path file = output != null ? output : dir.resolve(RESULTS_FILE);
            new GithubBenchmarkWriter().write(run, file);
            out.println("wrote " + file);
        }
        if (formats.contains("csv")) {
            new CsvWriter().write(run, dir.resolve(CSV_FILE));
            out.println("wrote " + dir.resolve(CSV_FILE));
        }
        if (formats.contains("markdown")) {
            new MarkdownSummaryWriter().write(run, dir.resolve(SUMMARY_FILE));
            out.println("wrote " + dir.resolve(SUMMARY_FILE));
        }
        long start = System.nanoTime();
        List<Path> report = ReportFiles.write(data, dir, formats.contains("html"), plots);
        for (Path p : report) {
            out.println("wrote " + p + (Files.isDirectory(p) ? "/" : ""));
        }
        if (!report.isEmpty()) {
            out.printf(Locale.ROOT, "built the report in %.2f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private void printSummary(RunRecord run) {
        long ok = run.results().stream().filter(r -> r.status() == Status.OK).count();
        out().printf(
                        Locale.ROOT,
                        "%nrun %s (%s): %d of %d benchmarks ok%n",
                        run.runId(),
                        run.profile(),
                        ok,
                        run.results().size());
        String gpu = run.machine().gpu();
        out().printf(
                        Locale.ROOT,
                        "GPU: %s%n",
                        gpu == null
                                ? "none found (ran on the CPU)"
                                : gpu
                                        + (run.machine().gpuInUse()
                                                ? " (in use)"
                                                : " (found, not used: cpu_only is true)"));
        for (BenchmarkResult r : run.results()) {
            if (r.status() == Status.FAILED) {
                out().printf(Locale.ROOT, "  FAILED %s %s: %s%n", r.id(), r.params(), r.error());
            }
        }
        if (!run.thresholds().isEmpty()) {
            out().printf(Locale.ROOT, "%n%-45s %12s %12s  %s%n", "threshold", "limit", "observed", "result");
            for (ThresholdCheck t : run.thresholds()) {
                out().printf(
                                Locale.ROOT,
                                "%-45s %12.4g %12.4g  %s%n",
                                t.name(),
                                t.limit(),
                                t.observed(),
                                (t.passed() ? "pass" : "FAIL") + "  (" + t.benchmark() + " " + t.params() + ")");
            }
        }
        out().flush();
    }
}
