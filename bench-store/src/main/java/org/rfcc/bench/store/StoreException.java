package org.rfcc.bench.store;

import org.rfcc.bench.model.UserException;

/** The history could not be opened, read or written; the message says why and what to do. */
public final class StoreException extends UserException {
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
