package org.rfcc.bench.cli;

import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.app.QuickCheck;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.report.ComparisonFormat;
import org.rfcc.bench.runner.BenchmarkFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench quick-check}: the pre-commit check. */
@Command(
        name = "quick-check",
        mixinStandardHelpOptions = true,
        description = {
            "The pre-commit check: runs the quick profile on the working tree and on HEAD, one fork at a time in ABBA"
                    + " order, and compares the two.",
            "",
            "HEAD's code comes from a build kept in .rfcc-bench/builds (made by HEAD's launcher the first time, in a"
                    + " minute or two; later checks of that commit reuse it). The check stops as soon as no key metric"
                    + " is left undecided, from statistics.min_forks forks a side on, or before another fork would pass"
                    + " --time-budget; each look tests at the false discovery rate over the looks it may take. A key"
                    + " metric that could neither show nor rule out a warning-size regression makes the verdict NOT"
                    + " DECIDED, never 'no regression'. The working tree's run is stored with source pre-commit."
                    + " Outside a git checkout, or with --stored-baseline, it compares with the newest stored quick"
                    + " run of HEAD or its nearest ancestor instead (runs made apart: at most info until the history"
                    + " or calibrate knows the run-to-run noise). Exit code 1 on a regression at --fail-on (default"
                    + " critical) or a failed benchmark. Hook it up with benchmarks/quick_check in .git/hooks/pre-commit."
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

    @Option(
            names = "--include",
            paramLabel = "REGEX",
            description = "Only benchmarks found by REGEX in suite/benchmark[params]; repeatable. Given --include or"
                    + " --exclude, the default leaving out of the slowest benchmarks (first_output, batch_processing)"
                    + " is off.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", description = "No benchmark matching REGEX; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(
            names = "--time-budget",
            paramLabel = "DURATION",
            description = "The most the forks may take, e.g. 50s or 2min (default: 50s); it never stops before"
                    + " statistics.min_forks forks a side.")
    String timeBudget;

    @Option(
            names = "--stored-baseline",
            description = "Compare with the newest stored quick run of HEAD or its nearest ancestor instead of"
                    + " measuring HEAD now.")
    boolean storedBaseline;

    @Override
    protected int doCall() {
        verdict.failOn();
        var budget = JmhOptions.duration("--time-budget", timeBudget);
        if (budget != null && budget.isZero()) {
            throw new UserException("--time-budget must be longer than 0, got '" + timeBudget + "'");
        }
        BenchmarkFilter filter =
                includes.isEmpty() && excludes.isEmpty() ? null : new BenchmarkFilter(includes, excludes);
        QuickCheck.Outcome o = new QuickCheck(verdict.settings(this), console())
                .check(new QuickCheck.Request(suites, filter, budget, storedBaseline));
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
