package org.rfcc.bench.store;

/** The size of a history: what it holds and what that costs on disk. */
public record StoreStats(long runs, long series, long samples, long bytes) {
    /** Bytes per stored sample; 0 for an empty history. */
    public double bytesPerSample() {
        return samples == 0 ? 0 : (double) bytes / samples;
    }

    /** {@code runs 3, series 40, samples 900, 81920 bytes: 91.0 bytes per sample}. */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "runs %d, series %d, samples %d, %d bytes: %.1f bytes per sample",
                runs,
                series,
                samples,
                bytes,
                bytesPerSample());
    }
}
