package org.rfcc.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rfcc.bench.store.Stores;
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
            "Performance benchmarking and regression detection for RFCC, the context compressor.",
            "Exit codes: 0 success, 1 a failure the command was asked to fail on, 2 a user error."
        },
        subcommands = {
            RunCommand.class,
            HistoryCommand.class,
            IngestCommand.class,
            CompareCommand.class,
            QuickCheckCommand.class,
            CalibrateCommand.class,
            ChangepointsCommand.class,
            ReportCommand.class,
            StoreCommand.class,
            CompressCommand.class,
            EvalCommand.class,
            HelpCommand.class
        })
final class RfccBenchCommand implements Runnable {
    /** The default configuration file, relative to the working directory. */
    static final String DEFAULT_CONFIG = "benchmarks/config.yaml";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--store",
            scope = ScopeType.INHERIT,
            paramLabel = "JDBC_URL",
            description = "The history: jdbc:sqlite:PATH or jdbc:postgresql://… (default: $RFCC_BENCH_STORE, else "
                    + Stores.DEFAULT_URL + ").")
    String store;

    @Option(
            names = "--config",
            scope = ScopeType.INHERIT,
            paramLabel = "PATH",
            description = "The benchmark configuration (default: " + DEFAULT_CONFIG + ").")
    Path config;

    /** The --store of the command line that {@code spec} belongs to, else RFCC_BENCH_STORE, else the default. */
    static String store(CommandSpec spec) {
        String given = ((RfccBenchCommand) spec.root().userObject()).store;
        String env = System.getenv("RFCC_BENCH_STORE");
        return given != null ? given : env != null && !env.isBlank() ? env : Stores.DEFAULT_URL;
    }

    /**
     * The --config of the command line that {@code spec} belongs to; by default
     * benchmarks/config.yaml of the working directory, or else of the checkout the launcher
     * runs from ({@code RFCC_BENCH_HOME}).
     */
    static Path config(CommandSpec spec) {
        Path given = ((RfccBenchCommand) spec.root().userObject()).config;
        if (given != null) {
            return given;
        }
        Path local = Path.of(DEFAULT_CONFIG);
        String home = System.getenv("RFCC_BENCH_HOME");
        return Files.exists(local) || home == null ? local : Path.of(home).resolve(DEFAULT_CONFIG);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
