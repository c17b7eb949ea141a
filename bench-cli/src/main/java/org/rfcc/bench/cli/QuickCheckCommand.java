package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.report.ComparisonFormat;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.stats.Comparison;
import org.rfcc.bench.stats.Level;
import org.rfcc.bench.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench quick-check}: the pre-commit check. */
@Command(
        name = "quick-check",
        mixinStandardHelpOptions = true,
        description = {
            "The pre-commit check: runs the quick profile on the working tree and compares it with the baseline.",
            "",
            "The baseline is the newest stored quick run of HEAD, or of its nearest ancestor, on this machine. The check's own run is stored with source pre-commit; with no baseline yet, it becomes the baseline and the check says so. Exit code 1 on a regression at --fail-on (default critical) or a failed benchmark. Hook it up with benchmarks/quick_check in .git/hooks/pre-commit."
        })
final class QuickCheckCommand extends BaseCommand {
    static final String PROFILE = "quick";

    @Mixin
    VerdictOptions verdict;

    @Option(
            names = "--suite",
            defaultValue = "compression,inference",
            split = ",",
            description = "Suites to check (default: ${DEFAULT-VALUE}, the hot path, within a minute; all adds"
                    + " model loading and the tokenizers).")
    List<String> suites;

    @Override
    protected int doCall() {
        Level level = verdict.failOn();
        Path configFile = RfccBenchCommand.config(spec);
        BenchConfig config = RunCommand.loadConfig(configFile, PROFILE, null);
        AlertsConfig alertsConfig = verdict.alerts(configFile);
        try (HistoryStore store = openStore()) {
            Optional<RunRecord> baseline = Baselines.nearestAncestor(store, PROFILE);
            ConsoleProgress progress = new ConsoleProgress(err(), System.console() != null);
            RunRecord run = RunService.run(
                    config,
                    config.effective(),
                    PROFILE,
                    "pre-commit",
                    RunCommand.suiteNames(suites),
                    Path.of("."),
                    progress,
                    line -> err().println("rfcc-bench: warning: " + line));
            store.store(run);
            if (baseline.isEmpty()) {
                out().println("quick-check: no baseline yet (no stored quick run of HEAD or its ancestors on this"
                        + " machine); stored this run, " + run.runId() + ", as the baseline for the next check");
                return run.anyFailed() ? ExitCodes.FAILURE : ExitCodes.OK;
            }
            Comparison c = Verdicts.compare(baseline.get(), run, alertsConfig);
            out().print(ComparisonFormat.TABLE.render(c));
            out().flush();
            return run.anyFailed() ? ExitCodes.FAILURE : Verdicts.exitCode(c, level);
        }
    }
}
