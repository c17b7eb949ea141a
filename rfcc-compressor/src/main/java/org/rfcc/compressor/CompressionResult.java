package org.rfcc.compressor;

import java.util.List;

/**
 * The outcome of one compression: the compressed text, which input sentences (and spans) it
 * keeps, the token counts it was budgeted in, and the time each stage took.
 */
public record CompressionResult(
        String text,
        List<KeptSentence> kept,
        int inputTokens,
        int outputTokens,
        double targetRatio,
        StageTimings stages) {
    public CompressionResult {
        kept = List.copyOf(kept);
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0");
        }
    }

    /** Original tokens ÷ kept tokens; infinite when nothing was kept. */
    public double achievedRatio() {
        return outputTokens == 0 ? Double.POSITIVE_INFINITY : (double) inputTokens / outputTokens;
    }

    /** Every kept character range of the input, in order. */
    public List<Span> keptSpans() {
        return kept.stream().flatMap(k -> k.spans().stream()).toList();
    }
}
