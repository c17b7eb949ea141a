package org.rfcc.bench.model.comparison;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a comparison decided one metric: by its test, directly, or not at all. */
public enum Decision {
    /** Tested on the fork values of both sides. */
    TESTED,
    /** A deterministic value on both sides (a fixed seed): compared directly with the thresholds. */
    DETERMINISTIC,
    /** No variance between the forks of either side: compared directly with the thresholds. */
    NO_VARIANCE,
    /** Too few forks on a side to test: the comparison could not decide it. */
    TOO_FEW_FORKS,
    /**
     * Too few forks to test, judged by the size of its change against the thresholds alone, as
     * asked ({@code --single-sample threshold}): no test says whether the change is noise.
     */
    THRESHOLD;

    /** The name used in files, e.g. {@code too_few_forks}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}. */
    @JsonCreator
    public static Decision of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
