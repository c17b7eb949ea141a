package org.rfcc.bench.stats;

/**
 * A level shift in a series.
 *
 * @param index the first point of the new segment (0-based)
 * @param beforeMean the mean of the segment that ends at {@code index - 1}
 * @param afterMean the mean of the segment that starts at {@code index}
 * @param changePct {@code (afterMean - beforeMean) / |beforeMean| * 100}, signed like the shift; NaN
 *     when {@code beforeMean} is 0
 * @param pValue the significance of the split
 */
public record ChangePoint(int index, double beforeMean, double afterMean, double changePct, double pValue) {
    public ChangePoint {
        if (index < 1) {
            throw new IllegalArgumentException(
                    "a change point starts a new segment after the first point, got " + index);
        }
    }
}
