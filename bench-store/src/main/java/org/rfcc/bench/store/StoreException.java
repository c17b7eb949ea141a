package org.rfcc.bench.store;

/** The history could not be opened, read or written; the message says why and what to do. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code message} says what went wrong. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code message} says what went wrong. */
    public StoreException(String message) {
        super(message);
    }
}
