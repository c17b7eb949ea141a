package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.model.Defaults;
import org.rfcc.compressor.cli.CompressCommand;
import org.rfcc.compressor.cli.EvalCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code rfcc-bench} command; it only groups the subcommands. */
@Command(
        name = "rfcc-bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Performance benchmarking and regression detection for RFCC, the context compressor, and any JMH project.",
            "Exit codes: 0 success, 1 a failure the command was asked to fail on, 2 a user error,"
                    + " 3 an internal error (a bug; the stack trace is in the log file it names)."
        },
        subcommands = {
            RunCommand.class,
            AbCommand.class,
            HistoryCommand.class,
            IngestCommand.class,
            CompareCommand.class,
            HooksCommand.class,
            MergeCommand.class,
            AdoptionCommand.class,
            ReleaseCheckCommand.class,
            DocsCommand.class,
            QuickCheckCommand.class,
            CalibrateCommand.class,
            ChangepointsCommand.class,
            ReportCommand.class,
            StoreCommand.class,
            AlertsCommand.class,
            DashboardCommand.class,
            ProfileCommand.class,
            TokensCommand.class,
            PublishCommand.class,
            CompressCommand.class,
            EvalCommand.class,
            HelpCommand.class
        })
final class RfccBenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** The environment the commands read: where the history is, and the alert channels' settings. */
    java.util.Map<String, String> env = System.getenv();

    @Option(
            names = "--store",
            scope = ScopeType.INHERIT,
            paramLabel = "JDBC_URL",
            description = "The history: jdbc:sqlite:PATH or jdbc:postgresql://… (default: $RFCC_BENCH_STORE, else "
                    + Defaults.STORE_URL + ").")
    String store;

    @Option(
            names = "--config",
            scope = ScopeType.INHERIT,
            paramLabel = "PATH",
            description = "The benchmark configuration (default: " + Defaults.CONFIG + ").")
    Path config;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
