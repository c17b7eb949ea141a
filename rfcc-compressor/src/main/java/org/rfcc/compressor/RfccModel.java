package org.rfcc.compressor;

import java.time.Duration;
import org.rfcc.compressor.embed.SentenceEmbedder;

/**
 * A loaded RFCC model: a preset over the shared embedding model, and how long loading took.
 *
 * @param loadTime the time the first load of the embedding model took in this process
 */
public record RfccModel(ModelPreset preset, SentenceEmbedder embedder, Duration loadTime) {
    /** A compressor of this model with the given options. */
    public RfccCompressor compressor(CompressionOptions options) {
        return new RfccCompressor(preset, embedder, options);
    }

    /** A compressor of this model with the default options. */
    public RfccCompressor compressor() {
        return compressor(CompressionOptions.defaults());
    }
}
