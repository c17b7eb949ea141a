package org.rfcc.compressor;

import org.rfcc.compressor.text.GptTokenizer;

/**
 * How a compressor runs, as opposed to what it is asked: the GPT tokenizer that counts the
 * budget and the embedding batch size.
 */
public record CompressionOptions(GptTokenizer tokenizer, int batchSize) {
    /** The default embedding batch size. */
    public static final int DEFAULT_BATCH_SIZE = 16;

    public CompressionOptions {
        if (tokenizer == null) {
            throw new IllegalArgumentException("tokenizer is required");
        }
        if (batchSize < 1) {
            throw new InvalidInputException("batch size must be at least 1, got " + batchSize);
        }
    }

    /** cl100k_base and a batch size of 16. */
    public static CompressionOptions defaults() {
        return new CompressionOptions(GptTokenizer.CL100K_BASE, DEFAULT_BATCH_SIZE);
    }
}
