package org.rfcc.bench.model;

/**
 * A mistake in what the user asked for or gave: a bad option, file, config or store. Front ends
 * report its message as one line with exit code 2; the message says what was wrong, where, and
 * what to do. Anything else that escapes a command is a bug.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code message} says what was wrong and what to do. */
    public UserException(String message) {
        super(message);
    }

    /** {@code message} says what was wrong and what to do; {@code cause} is the underlying failure. */
    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
