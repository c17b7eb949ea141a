package org.rfcc.compressor.embed;

import java.util.List;

/** Turns sentences into unit-length vectors, so that a dot product is a cosine similarity. */
public interface SentenceEmbedder {
    /** Embeds {@code texts} in batches of {@code batchSize}; row i is the vector of text i. */
    float[][] embed(List<String> texts, int batchSize);

    /** Length of every vector this embedder returns. */
    int dimension();

    /** The model's own sub-word token ids for {@code text}, as it would embed it. */
    long[] modelTokens(String text);
}
