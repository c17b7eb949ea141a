package org.rfcc.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rfcc.bench.model.UserException;
import org.rfcc.compressor.InvalidInputException;
import org.rfcc.compressor.embed.Offline;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The one entry point of rfcc-bench. Maps every error to its exit code in one place. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        out.flush(); // a command's last print() has no line end to flush it
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs the command line with the given streams, in the environment {@code env}; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        Offline.ensure();
        RfccBenchCommand command = new RfccBenchCommand();
        command.env = env;
        return execute(command, args, out, err);
    }

    /** Runs {@code command} (a picocli command) on {@code args}, every error mapped to its exit code. */
    static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(command);
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
        if (e instanceof UserException || e instanceof InvalidInputException) {
            line.getErr().println("rfcc-bench: " + e.getMessage());
            return ExitCodes.USER_ERROR;
        }
        line.getErr()
                .println("rfcc-bench: internal error, a bug in rfcc-bench ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); " + crashLog(e));
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Writes the stack trace of {@code e} to a log file and says where, for the bug report. */
    static String crashLog(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path log = Files.createTempFile("rfcc-bench-crash-", ".log");
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return "the stack trace is in " + log + "; please report it with that file";
        } catch (IOException io) {
            return "no log could be written (" + io.getMessage() + "); the stack trace: " + trace;
        }
    }
}
