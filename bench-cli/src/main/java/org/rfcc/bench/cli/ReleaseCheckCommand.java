package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.app.ReleaseCheck;
import org.rfcc.bench.report.ReleaseReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench release-check}: the release checklist against the history. */
@Command(
        name = "release-check",
        mixinStandardHelpOptions = true,
        description = {
            "The release checklist, judged on the newest stored run of HEAD: (1) every benchmark ran and none"
                    + " regressed (warning or louder) against the previous release tag, its stored run on the same"
                    + " machine and profile, or else both builds run interleaved; (2) memory within its thresholds,"
                    + " no memory regression; (3) compression quality maintained or improved; (4) the speed"
                    + " thresholds (the latency SLA) met; (5) the performance report generated. Writes"
                    + " release_report.md, release_report.html and benchmark_report.html into --out.",
            "Exit code 0 only when every item holds, 1 when one fails, 2 when HEAD has no stored run."
        })
final class ReleaseCheckCommand extends BaseCommand {
    @Option(names = "--out", defaultValue = ".", description = "Directory for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--previous",
            paramLabel = "TAG",
            description = "The release to compare with (default: the newest tag before HEAD).")
    String previous;

    @Override
    protected int doCall() {
        ReleaseCheck.Outcome o = new ReleaseCheck(settings(), console()).check(previous, out);
        ReleaseReport.Checklist c = o.checklist();
        out().println("release check of " + c.commit().substring(0, 10) + " against " + c.previous());
        for (ReleaseReport.Item i : c.items()) {
            out().println((i.passed() ? "  pass  " : "  FAIL  ") + i.name());
            i.evidence().forEach(e -> out().println("          " + e));
        }
        o.files().forEach(f -> out().println("wrote " + f));
        out().println(c.passed() ? "every item holds" : "not ready: an item fails");
        return c.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
