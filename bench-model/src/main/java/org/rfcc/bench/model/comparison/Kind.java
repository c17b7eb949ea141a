package org.rfcc.bench.model.comparison;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way a change went, judged by the metric's direction. */
public enum Kind {
    REGRESSION,
    IMPROVEMENT,
    NONE;

    /** The name used in files, e.g. {@code regression}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
