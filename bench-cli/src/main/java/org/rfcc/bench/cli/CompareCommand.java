package org.rfcc.bench.cli;

import org.rfcc.bench.app.Comparisons;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.report.ComparisonFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench compare BASE HEAD}: the regression analysis of two runs. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compares two runs metric by metric and says which changes are regressions, and how loud.",
            "",
            "BASE and HEAD are each a run file (benchmark_run.json), a stored run id, or a git ref (the newest stored"
                    + " run of that commit on this machine with the same profile). One value per JMH fork is the unit"
                    + " of analysis: the median of its iterations; a metric's value is the geometric mean of its fork"
                    + " values, as the run record shows it. Each metric gets a Hodges-Lehmann change with a 95%%"
                    + " interval and a two-sided t-test on log fork values whose variance is moderated by the"
                    + " calibrated noise or by the metrics of the comparison; Benjamini-Hochberg controls the"
                    + " false-discovery rate over all metrics. A significant regression is warning or critical when"
                    + " its estimate reaches that threshold of benchmarks/alerts.yaml, else info. A head in another"
                    + " unit is converted (ops/ms to ops/s); units that do not convert are refused. Metrics with too"
                    + " few forks are reported as undecided, never guessed; when no metric could be decided the verdict"
                    + " is UNDECIDED and names the largest changes (--single-sample threshold judges them by their"
                    + " thresholds alone instead). Benchmarks of one side only are listed.",
            "Exit code 1 when a regression reaches --fail-on, or with --fail-on-undecided when nothing could be"
                    + " decided."
        })
final class CompareCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "BASE", description = "The baseline: run file, run id or git ref.")
    String base;

    @Parameters(index = "1", paramLabel = "HEAD", description = "The run to judge: run file, run id or git ref.")
    String head;

    @Option(
            names = "--format",
            defaultValue = Defaults.COMPARISON_FORMAT,
            description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    VerdictOptions verdict;

    @Option(
            names = "--profile",
            description = "The profile of the stored runs a git ref names (default: the other side's, else full).")
    String profile;

    @Mixin
    ProfileDiffOptions profileDiff;

    @Override
    protected int doCall() {
        ComparisonFormat chosen = format(format, ComparisonFormat.class);
        verdict.failOn();
        Comparison c =
                new Comparisons(verdict.settings(this), console()).compare(base, head, profile, profileDiff.chosen());
        out().print(chosen.render(c));
        out().flush();
        return verdict.exitCode(c);
    }
}
