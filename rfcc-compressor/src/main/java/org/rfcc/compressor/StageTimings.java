package org.rfcc.compressor;

/** Wall time of each stage of one compression, in milliseconds. */
public record StageTimings(double splitMs, double tokenizeMs, double embedMs, double selectMs) {
    public StageTimings {
        if (splitMs < 0 || tokenizeMs < 0 || embedMs < 0 || selectMs < 0) {
            throw new IllegalArgumentException("stage times must be >= 0");
        }
    }
}
