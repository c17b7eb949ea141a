package org.rfcc.bench.store.ingest;

import org.rfcc.bench.model.UserException;

/** A file could not be ingested; the one-line message is {@code FILE: REASON}. */
public final class IngestException extends UserException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    /** {@code reason} says what is wrong with {@code file}. */
    IngestException(String file, String reason) {
        this(file, reason, null);
    }

    /** {@code reason} says what is wrong with {@code file}; {@code cause} is the underlying failure. */
    IngestException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as it was given. */
    public String file() {
        return file;
    }

    /** Why it could not be ingested, without the file name. */
    public String reason() {
        return reason;
    }
}
