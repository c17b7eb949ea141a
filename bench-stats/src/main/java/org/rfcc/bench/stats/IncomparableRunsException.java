package org.rfcc.bench.stats;

import org.rfcc.bench.model.UserException;

/** Two runs that cannot be compared: different profiles or configs, or no result in common. */
public final class IncomparableRunsException extends UserException {
    private static final long serialVersionUID = 1L;

    /** {@code message} says what differs and what to do. */
    public IncomparableRunsException(String message) {
        super(message);
    }
}
