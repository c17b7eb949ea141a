package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.app.Reports;
import org.rfcc.bench.model.Defaults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench report RUN}: rebuilds the output files of a stored run or a run file. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuilds the output files of a stored run or a run file.",
            "",
            "RUN is a run file, a stored run id (or its first characters) or a git ref (the newest stored run of that"
                    + " commit on this machine with --profile). Writes benchmark_run.json, benchmark_results.json,"
                    + " benchmark_results.csv, benchmark_summary.md, benchmark_report.html and benchmark_plots/ into"
                    + " --out, each whole or not at all. The report shows the trends of the key series from the"
                    + " history of --store."
        })
final class ReportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "RUN", description = "A run file, a stored run id or a git ref.")
    String run;

    @Option(
            names = "--out",
            defaultValue = Defaults.REPORT_DIR,
            description = "Directory for the files (default: the current directory).")
    Path out;

    @Option(
            names = "--profile",
            defaultValue = Defaults.PROFILE,
            description = "The profile of a git ref's run (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
            names = "--detailed",
            description = "Add each fork's samples, a distribution plot per metric and the suites' detail plots and"
                    + " tables to the HTML report and the plots.")
    boolean detailed;

    @Override
    protected int doCall() {
        Reports.Outcome o = new Reports(settings()).write(run, out, profile, detailed);
        RunPrinter.files(out(), o.files(), o.seconds());
        out().flush();
        return ExitCodes.OK;
    }
}
