package org.rfcc.bench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as the tests of the commands do. */
final class Cli {
    /** What a command line returned and printed. */
    record Outcome(int code, String out, String err) {}

    private Cli() {}

    /** Runs {@code rfcc-bench args…} and captures its exit code, stdout and stderr. */
    static Outcome run(String... args) {
        return run(System.getenv(), args);
    }

    /** Runs {@code rfcc-bench args…} in the environment {@code env}. */
    static Outcome run(java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Outcome(code, out.toString(), err.toString());
    }
}
