package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.app.Ab;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.report.ComparisonFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench ab --base A.jar --head B.jar}: two builds of the same JMH benchmarks, interleaved here. */
@Command(
        name = "ab",
        mixinStandardHelpOptions = true,
        description = {
            "Compares two builds of the same JMH benchmarks, or one build under two sets of JVM flags, on this machine.",
            "",
            "Both jars' benchmarks run one fork a round, in ABBA order (base, head, head, base, …), so that the"
                    + " machine's drift falls on both sides alike; the comparison is that of interleaved runs (fork"
                    + " medians, Hodges-Lehmann interval, moderated t-test, Benjamini-Hochberg over all metrics). Both"
                    + " runs are stored unless --no-store. Exit code 1 when a regression reaches --fail-on."
        })
final class AbCommand extends BaseCommand {
    @Option(names = "--base", required = true, paramLabel = "A.jar", description = "The baseline's JMH uber-jar.")
    Path base;

    @Option(
            names = "--head",
            required = true,
            paramLabel = "B.jar",
            description = "The JMH uber-jar to judge (may be the same file).")
    Path head;

    @Mixin
    JmhOptions jmh;

    @Mixin
    VerdictOptions verdict;

    @Option(
            names = "--forks",
            defaultValue = "" + Defaults.AB_FORKS,
            description = "Rounds per side, one fork of every benchmark each, at least 2 (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(
            names = "--base-jvm-arg",
            paramLabel = "FLAG",
            description = "A JVM flag for the base side's forks only; repeatable.")
    List<String> baseJvmArgs = new ArrayList<>();

    @Option(
            names = "--head-jvm-arg",
            paramLabel = "FLAG",
            description = "A JVM flag for the head side's forks only; repeatable.")
    List<String> headJvmArgs = new ArrayList<>();

    @Option(
            names = "--base-commit",
            paramLabel = "SHA",
            description = "The commit the base jar was built from, for the history.")
    String baseCommit;

    @Option(
            names = "--head-commit",
            paramLabel = "SHA",
            description = "The commit the head jar was built from, for the history.")
    String headCommit;

    @Option(
            names = "--format",
            defaultValue = Defaults.COMPARISON_FORMAT,
            description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-store", description = "Do not store the two runs in the history.")
    boolean noStore;

    @Mixin
    ProfileDiffOptions profileDiff;

    @Override
    protected int doCall() {
        ComparisonFormat chosen = format(format, ComparisonFormat.class);
        verdict.failOn();
        Ab.Outcome o = new Ab(verdict.settings(this), console())
                .run(new Ab.Request(
                        jmh.selection(base, forks, List.of()),
                        head,
                        baseJvmArgs,
                        headJvmArgs,
                        !noStore,
                        baseCommit,
                        headCommit,
                        profileDiff.chosen()));
        if (o.storedIn() != null) {
            err().println("rfcc-bench: stored base run " + o.base().runId() + " and head run "
                    + o.head().runId() + " in " + o.storedIn());
        }
        out().print(chosen.render(o.comparison()));
        out().flush();
        return verdict.exitCode(o.comparison());
    }
}
