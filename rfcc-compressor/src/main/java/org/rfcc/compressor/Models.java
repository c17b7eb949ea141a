package org.rfcc.compressor;

import java.time.Duration;
import org.rfcc.compressor.embed.MiniLmEmbedder;

/**
 * Loads RFCC models. Loading is explicit, timed, thread-safe, and happens once per process:
 * every preset shares the one embedding model, loaded on the first call.
 */
public final class Models {
    /** Sub-word tokens per sentence that the embedding model sees; longer sentences are truncated. */
    public static final int EMBED_MAX_TOKENS = 128;

    private static MiniLmEmbedder embedder;
    private static Duration loadTime;

    private Models() {}

    /** Loads the model named {@code name} (e.g. {@code rfcc-base-4x}), on the CPU. */
    public static RfccModel load(String name) {
        ModelPreset preset = ModelPreset.byId(name);
        synchronized (Models.class) {
            if (embedder == null) {
                long t0 = System.nanoTime();
                embedder = MiniLmEmbedder.load(
                        EMBED_MAX_TOKENS, Runtime.getRuntime().availableProcessors(), false);
                loadTime = Duration.ofNanos(System.nanoTime() - t0);
            }
            return new RfccModel(preset, embedder, loadTime);
        }
    }
}
