package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a benchmark ran. */
public enum Status {
    OK,
    FAILED;

    /** {@code ok} or {@code failed}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code ok} or {@code failed}. */
    @JsonCreator
    public static Status of(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
