package org.rfcc.bench.cli;

import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.app.QuickCheck;
import org.rfcc.bench.report.ComparisonFormat;
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
            "The baseline is the newest stored quick run of HEAD, or of its nearest ancestor, on this machine. The"
                    + " check's own run is stored with source pre-commit; with no baseline yet, it becomes the baseline"
                    + " and the check says so. Exit code 1 on a regression at --fail-on (default critical) or a failed"
                    + " benchmark. Hook it up with benchmarks/quick_check in .git/hooks/pre-commit."
        })
final class QuickCheckCommand extends BaseCommand {
    @Mixin
    VerdictOptions verdict;

    @Option(
            names = "--suite",
            split = ",",
            description = "Suites to check (default: the hot path of the installed suites, within a minute; all adds"
                    + " the rest).")
    List<String> suites = new ArrayList<>();

    @Override
    protected int doCall() {
        verdict.failOn();
        QuickCheck.Outcome o = new QuickCheck(verdict.settings(this), console()).check(suites);
        if (o.comparison() == null) {
            out().println("quick-check: no baseline yet (no stored quick run of HEAD or its ancestors on this"
                    + " machine); stored this run, " + o.run().runId() + ", as the baseline for the next check");
        } else {
            out().print(ComparisonFormat.TABLE.render(o.comparison()));
        }
        out().flush();
        return o.run().anyFailed() ? ExitCodes.FAILURE : verdict.exitCode(o.comparison());
    }
}
