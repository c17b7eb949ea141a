package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.app.Output;
import org.rfcc.bench.app.RunOutcome;
import org.rfcc.bench.model.Defaults;
import picocli.CommandLine.Option;

/** Where a run's files go, whether it is stored and notified, and whether a breached threshold fails: run and merge. */
final class RunOutputOptions {
    @Option(
            names = "--output",
            description = "Path of the github-action-benchmark JSON (default: <report-dir>/benchmark_results.json).")
    Path output;

    @Option(
            names = "--report-dir",
            defaultValue = Defaults.REPORT_DIR,
            description = "Directory for the output files (default: the current directory).")
    Path reportDir;

    @Option(names = "--no-store", description = "Do not store the run in the history.")
    boolean noStore;

    @Option(names = "--fail-on-threshold", description = "Exit 1 when a performance threshold is breached.")
    boolean failOnThreshold;

    @Option(
            names = "--no-notify",
            description = "Raise the stored run's alerts but leave their messages in the outbox for 'alerts notify'.")
    boolean noNotify;

    /** The files and storing these options ask for, the report {@code detailed} or not. */
    Output output(boolean detailed) {
        return new Output(reportDir, output, !noStore, detailed);
    }

    /** Whether {@code outcome} fails the command: a failed benchmark, or a breached threshold when asked. */
    boolean failed(RunOutcome outcome) {
        return outcome.run().anyFailed() || failOnThreshold && outcome.run().anyThresholdBreached();
    }
}
