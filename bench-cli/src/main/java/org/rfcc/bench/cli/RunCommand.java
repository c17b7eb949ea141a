package org.rfcc.bench.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.app.Alerting;
import org.rfcc.bench.app.LiveFeed;
import org.rfcc.bench.app.Output;
import org.rfcc.bench.app.RunOutcome;
import org.rfcc.bench.app.Runs;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench run}: runs the suites of the config, or a JMH jar's benchmarks, and writes the run's files. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the benchmark suites of benchmarks/config.yaml, or with --jmh-jar the benchmarks of any JMH project's"
                    + " uber-jar, stores the run and writes its files.",
            "",
            "The timed benchmarks run on JMH with forks on (a jar's on its own JMH, one invocation per benchmark and"
                    + " params, every mode and secondary metric kept, named as ingest names its JMH JSON); then the"
                    + " quality pass and the thresholds. Files, as reporting.output_format and generate_plots ask (a"
                    + " jar: all): benchmark_run.json (the run record, always), benchmark_results.json"
                    + " (github-action-benchmark customSmallerIsBetter), benchmark_results.csv, benchmark_summary.md,"
                    + " benchmark_report.html (self-contained, offline) and benchmark_plots/ (PNG and SVG). Exit code 1"
                    + " when a benchmark failed, a threshold was breached with --fail-on-threshold, or a regression of"
                    + " --compare-with reached --fail-on."
        })
final class RunCommand extends BaseCommand {
    @Option(
            names = "--suite",
            defaultValue = Defaults.ALL_SUITES,
            split = ",",
            description = "Suites to run, comma-separated or repeated, or all (default: ${DEFAULT-VALUE}).")
    List<String> suites;

    @Option(names = "--jmh-jar", paramLabel = "JAR", description = "Run the benchmarks of this JMH uber-jar instead.")
    Path jmhJar;

    @Mixin
    JmhOptions jmh;

    @Mixin
    ProfileOptions profiles;

    @Mixin
    VerdictOptions verdict;

    @Mixin
    RunOutputOptions outputs;

    @Option(names = "--forks", description = "JMH forks per benchmark, overriding the config (or the jar's own).")
    Integer forks;

    @Option(
            names = "--detailed-report",
            description = "Add each fork's samples, a distribution plot per metric and the suites' detail plots and"
                    + " tables (for RFCC, the compressor's time per stage) to the HTML report and the plots.")
    boolean detailedReport;

    @Option(
            names = "--source",
            defaultValue = Defaults.SOURCE,
            description = "What started the run: run, pre-commit or ci (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(
            names = "--compare-with",
            paramLabel = "REF",
            description = "Compare with git ref REF: with its stored run on this machine (same profile and config), or"
                    + " else (suites only) by building REF in a temporary worktree and running both, one fork at a"
                    + " time in ABBA order. The comparison goes into the run record, a table and the exit code.")
    String compareWith;

    @Option(
            names = "--interleaved",
            description =
                    "With --compare-with (suites): build REF and run both builds interleaved even when the history"
                            + " holds a stored run of REF, as on CI's shared runners, where a run stored on another runner of"
                            + " the same kind was still another machine.")
    boolean interleaved;

    @Option(
            names = "--profile-diff",
            description =
                    "With --compare-with (suites): run each benchmark whose key series regressed (warning or louder) again on both"
                            + " builds with async-profiler, 2 forks a side interleaved, and attach a differential flamegraph"
                            + " (profile_diff/ under --report-dir) and the method whose share of CPU samples grew the most to"
                            + " the comparison, the report, the Markdown summary and the alert.")
    boolean profileDiff;

    @Mixin
    CoverageOptions coverage;

    @Option(
            names = "--shard",
            paramLabel = "I/N",
            description = "Run only the I-th of N slices of the benchmark matrix, balanced by the wall times the"
                    + " history holds of the benchmarks (their estimates where it has none), for N CI jobs that"
                    + " each run one; 'rfcc-bench merge' joins their run files into one run. Every shard must read"
                    + " the same history and config, so that the N slices hold each benchmark once.")
    String shard;

    @Option(
            names = "--rounds",
            description = "Serve the rounds of an interleaved comparison (quick-check and --compare-with start it):"
                    + " for each directory named on a line of standard input, run one fork of each benchmark, write its"
                    + " run record there and say so on standard output; nothing is stored. Until the input ends.")
    boolean rounds;

    @Option(
            names = "--live",
            paramLabel = "URL",
            description = "Post the run's progress to the dashboard at URL as it runs (default: $RFCC_BENCH_LIVE_URL;"
                    + " token: $RFCC_BENCH_TOKEN); one that is down never slows or fails the run.")
    String live;

    private Shard shard() {
        return shard == null ? null : Shard.parse(shard);
    }

    @Override
    protected int doCall() {
        verdict.failOn();
        Output out = outputs.output(detailedReport);
        Settings settings = verdict.settings(this).withSendAlerts(!outputs.noNotify);
        if (!outputs.noNotify && !outputs.noStore && !rounds) {
            new Alerting(settings, console()).checkChannels();
        }
        Runs runs = new Runs(settings, LiveFeed.around(console(), live, settings.env()));
        RunOutcome outcome;
        if (jmhJar != null) {
            if (profiles.quick || profiles.profile != null) {
                throw new UserException("--jmh-jar runs the jar's benchmarks as they are; --quick and --profile"
                        + " choose a profile of the config, so leave them out (--iterations and --time shorten a run)");
            }
            if (profileDiff) {
                throw new UserException("--profile-diff needs both builds of a jar: compare them with 'rfcc-bench ab"
                        + " --base A.jar --head B.jar --profile-diff'");
            }
            if (interleaved) {
                throw new UserException("--interleaved needs a build of REF, which a jar does not make: run both jars"
                        + " interleaved with 'rfcc-bench ab --base A.jar --head B.jar'");
            }
            outcome = runs.jar(new Runs.JarRequest(
                    jmh.selection(jmhJar, forks, List.of()), source, out, compareWith, coverage.chosen(), shard()));
        } else {
            if (jmh.jarOnlyGiven()) {
                throw new UserException("--jmh-param, --warmup-iterations, --iterations, --time and --prof-gc choose"
                        + " how a JMH jar's benchmarks run: give the jar with --jmh-jar");
            }
            var request = new Runs.SuiteRequest(
                    profiles.chosen(),
                    suites,
                    jmh.filter().sharded(shard()),
                    forks,
                    source,
                    out,
                    compareWith,
                    interleaved,
                    profileDiff,
                    coverage.chosen());
            if (rounds) {
                if (shard != null) {
                    throw new UserException(
                            "--rounds serves an interleaved comparison of every benchmark; leave out" + " --shard");
                }
                runs.serveRounds(
                        request, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out());
                return ExitCodes.OK;
            }
            outcome = runs.suites(request);
        }
        RunPrinter.print(out(), outcome);
        if (shard != null) {
            out().println("shard " + shard.trim() + " of the matrix; join the shards' benchmark_run.json files with"
                    + " 'rfcc-bench merge'");
        }
        return outputs.failed(outcome) ? ExitCodes.FAILURE : verdict.exitCode(outcome.comparison());
    }
}
