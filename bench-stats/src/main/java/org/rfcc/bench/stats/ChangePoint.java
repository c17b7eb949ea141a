package org.rfcc.bench.stats;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A level shift in a series.
 *
 * @param index the first point of the new segment (0-based)
 * @param beforeMean the mean of the segment that ends at {@code index - 1}
 * @param afterMean the mean of the segment that starts at {@code index}
 * @param changePct {@code (afterMean - beforeMean) / |beforeMean| * 100}, signed like the shift; NaN when {@code
 *     beforeMean} is 0
 * @param changeLowPct the low end of the 95% interval of {@code changePct}
 * @param changeHighPct its high end
 * @param pValue the significance of the split
 * @param state whether the full test confirmed it, or only the newest points suggest it
 */
public record ChangePoint(
        int index,
        double beforeMean,
        double afterMean,
        double changePct,
        double changeLowPct,
        double changeHighPct,
        double pValue,
        State state) {
    /** How sure a change point is. */
    public enum State {
        /** The newest points lie at a new level, too few of them yet for the full test. */
        SUSPECTED,
        /** The full test found it. */
        CONFIRMED;

        /** The name in files: {@code suspected} or {@code confirmed}. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChangePoint {
        if (index < 1) {
            throw new IllegalArgumentException(
                    "a change point starts a new segment after the first point, got " + index);
        }
    }
}
