package org.rfcc.bench.runner.profile;

/** A profiler that could not start or could not write its files; the run goes on without it. */
public final class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A profiler failure with its one-line reason. */
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A profiler failure with its one-line reason. */
    public ProfileException(String message) {
        super(message);
    }
}
