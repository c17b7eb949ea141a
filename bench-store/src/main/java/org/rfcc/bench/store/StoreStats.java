package org.rfcc.bench.store;

/** The size of a history: what it holds and what that costs on disk. */
public record StoreStats(long runs, long series, long samples, long bytes) {
    /** Bytes per stored sample; 0 for an empty history. */
    public double bytesPerSample() {
        return samples == 0 ? 0 : (double) bytes / samples;
    }
}
