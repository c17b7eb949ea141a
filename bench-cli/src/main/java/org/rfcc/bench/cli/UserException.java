package org.rfcc.bench.cli;

/** A mistake in what the user asked for; reported as one line on stderr with exit code 2. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code message} says what was wrong and what to do. */
    public UserException(String message) {
        super(message);
    }
}
