package org.rfcc.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.store.HistoryStore;
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
            "RUN is a run file, a stored run id (or its first characters) or a git ref (the newest stored run of that commit on this machine with --profile). Writes benchmark_run.json, benchmark_results.json, benchmark_results.csv, benchmark_summary.md, benchmark_report.html and benchmark_plots/ into --out, each whole or not at all. The report shows the trends of the key series from the history of --store."
        })
final class ReportCommand extends BaseCommand {
    /** What report writes, whatever the config's output_format says. */
    static final List<String> FORMATS = List.of("json", "csv", "markdown", "html");

    @Parameters(index = "0", paramLabel = "RUN", description = "A run file, a stored run id or a git ref.")
    String run;

    @Option(
            names = "--out",
            defaultValue = ".",
            description = "Directory for the files (default: the current directory).")
    Path out;

    @Option(
            names = "--profile",
            defaultValue = "full",
            description = "The profile of a git ref's run (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
            names = "--detailed",
            description = "Add each fork's samples, a distribution plot per metric and the compressor's time per"
                    + " stage to the HTML report and the plots.")
    boolean detailed;

    @Override
    protected int doCall() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a file; give a directory");
        }
        try (HistoryStore store = openStore()) {
            RunRecord record = Baselines.direct(run, store).orElseGet(() -> Baselines.ofRef(run, store, profile));
            Files.createDirectories(out);
            ReportData data = new ReportData(record, RunCommand.trends(store, record), detailed);
            RunCommand.writeFiles(data, FORMATS, true, out, null, out());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
