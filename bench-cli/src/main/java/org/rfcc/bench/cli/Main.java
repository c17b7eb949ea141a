package org.rfcc.bench.cli;

import java.io.PrintWriter;
import org.rfcc.bench.store.StoreException;
import org.rfcc.bench.store.ingest.IngestException;
import org.rfcc.compressor.InvalidInputException;
import org.rfcc.compressor.embed.Offline;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The one entry point of rfcc-bench. Maps every error to its exit code in one place. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Offline.ensure();
        CommandLine cli = new CommandLine(new RfccBenchCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::badParameter);
        cli.setExecutionExceptionHandler((e, line, parsed) -> failed(e, line));
        return cli.execute(args);
    }

    private static int badParameter(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        line.getErr()
                .println("rfcc-bench: " + e.getMessage() + " (see '"
                        + line.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USER_ERROR;
    }

    private static int failed(Exception e, CommandLine line) {
        if (e instanceof UserException
                || e instanceof InvalidInputException
                || e instanceof StoreException
                || e instanceof IngestException) {
            line.getErr().println("rfcc-bench: " + e.getMessage());
            return ExitCodes.USER_ERROR;
        }
        line.getErr().println("rfcc-bench: internal error (a bug; please report it with this trace):");
        e.printStackTrace(line.getErr());
        return ExitCodes.FAILURE;
    }
}
