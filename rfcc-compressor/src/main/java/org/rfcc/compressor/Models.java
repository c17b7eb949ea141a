package org.rfcc.compressor;

import java.time.Duration;
import org.rfcc.compressor.embed.MiniLmEmbedder;

/**
 * Loads RFCC models. Loading is explicit, timed, thread-safe, and happens once per process:
 * every preset shares the one embedding model, loaded on the first call.
 */
public final class Models {
    /** Sub-word tokens per sentence that the embedding model sees; longer sentences are truncated. */
    public static final int EMBED_MAX_TOKENS = 64;
    /**
     * System property: a GPU memory cap in bytes; when set above 0 the model runs on ONNX
     * Runtime's CUDA provider (the benchmark runner sets it in forks for {@code cpu_only: false}).
     */
    public static final String GPU_MEMORY_PROPERTY = "rfcc.gpu.memory_limit";

    private static MiniLmEmbedder embedder;
    private static Duration loadTime;

    private Models() {}

    /** Loads the model named {@code name} (e.g. {@code rfcc-base-4x}): on the CPU unless {@link #GPU_MEMORY_PROPERTY} is set. */
    public static RfccModel load(String name) {
        ModelPreset preset = ModelPreset.byId(name);
        synchronized (Models.class) {
            if (embedder == null) {
                long t0 = System.nanoTime();
                embedder = MiniLmEmbedder.load(
                        EMBED_MAX_TOKENS,
                        Runtime.getRuntime().availableProcessors(),
                        Long.getLong(GPU_MEMORY_PROPERTY, 0L));
                loadTime = Duration.ofNanos(System.nanoTime() - t0);
            }
            return new RfccModel(preset, embedder, loadTime);
        }
    }
}
