package org.rfcc.bench.cli;

/** The exit codes of every rfcc-bench command (CONTRACT.md). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran and found a failure it was asked to fail on. */
    public static final int FAILURE = 1;
    /** A user error: bad flag, bad file, bad config. */
    public static final int USER_ERROR = 2;
    /** An internal error: a bug in rfcc-bench; the stack trace is in a log file. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}
}
