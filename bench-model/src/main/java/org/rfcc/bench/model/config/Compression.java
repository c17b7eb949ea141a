package org.rfcc.bench.model.config;

import java.util.List;

/** The compression matrix: document sizes in tokens times compression ratios, with run counts. */
public record Compression(
        List<Integer> documentSizes, List<Double> compressionRatios, int repeatCount, int warmupRuns) {
    /** The smallest document size in tokens. */
    public static final int MIN_DOCUMENT_SIZE = 1000;
    /** The largest document size in tokens. */
    public static final int MAX_DOCUMENT_SIZE = 100_000;
    /** The smallest compression ratio. */
    public static final int MIN_RATIO = 1;
    /** The largest compression ratio. */
    public static final int MAX_RATIO = 64;

    public Compression {
        documentSizes = Checks.nonEmpty(
                "document_sizes",
                documentSizes,
                s -> s != null && s >= MIN_DOCUMENT_SIZE && s <= MAX_DOCUMENT_SIZE,
                "integers from " + MIN_DOCUMENT_SIZE + " to " + MAX_DOCUMENT_SIZE);
        compressionRatios = Checks.nonEmpty(
                "compression_ratios",
                compressionRatios,
                r -> r != null && r >= MIN_RATIO && r <= MAX_RATIO,
                "numbers from " + MIN_RATIO + " to " + MAX_RATIO);
        Checks.atLeast("repeat_count", repeatCount, 1);
        Checks.atLeast("warmup_runs", warmupRuns, 0);
    }
}
