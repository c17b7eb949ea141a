package org.rfcc.compressor;

import java.util.List;

/** A context compressor: shortens documents to a target ratio, keeping what matters. */
public interface Compressor {
    /** Compresses one document. */
    default CompressionResult compress(CompressionRequest request) {
        return compressAll(List.of(request)).get(0);
    }

    /** Compresses many documents in one call; result i belongs to request i. */
    List<CompressionResult> compressAll(List<CompressionRequest> requests);
}
