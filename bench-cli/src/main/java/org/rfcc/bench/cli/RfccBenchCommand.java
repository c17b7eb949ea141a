package org.rfcc.bench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
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
        subcommands = {RunCommand.class, CompressCommand.class, EvalCommand.class, HelpCommand.class})
final class RfccBenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
