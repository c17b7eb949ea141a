package org.rfcc.compressor;

import java.util.Locale;

/**
 * One document to compress, the target ratio (original tokens ÷ kept tokens) and an optional
 * query that the kept text should answer.
 */
public record CompressionRequest(String text, double targetRatio, String query) {
    /** The smallest target ratio accepted. */
    public static final double MIN_RATIO = 1.0;
    /** The largest target ratio accepted. */
    public static final double MAX_RATIO = 64.0;
    /** The message for an empty document. */
    static final String EMPTY_INPUT = "the input document is empty; give a file or pipe text to stdin";

    public CompressionRequest {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(EMPTY_INPUT);
        }
        checkRatio(targetRatio);
        if (query != null && query.isBlank()) {
            query = null;
        }
    }

    /** A request without a query. */
    public CompressionRequest(String text, double targetRatio) {
        this(text, targetRatio, null);
    }

    /** Fails with a clear message unless {@code ratio} lies in [1, 64]. */
    public static void checkRatio(double ratio) {
        if (!(ratio >= MIN_RATIO && ratio <= MAX_RATIO)) {
            throw new InvalidInputException(String.format(
                    Locale.ROOT,
                    "ratio %s is outside %.0f-%.0f; choose a target ratio such as 4",
                    ratio,
                    MIN_RATIO,
                    MAX_RATIO));
        }
    }

    /** True when a non-blank query was given. */
    public boolean hasQuery() {
        return query != null;
    }
}
