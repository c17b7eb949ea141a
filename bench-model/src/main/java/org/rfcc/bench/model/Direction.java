package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a metric improves. */
public enum Direction {
    HIGHER_IS_BETTER("higher_is_better"),
    LOWER_IS_BETTER("lower_is_better");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** The name used in files, e.g. {@code higher_is_better}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Parses {@code higher_is_better} or {@code lower_is_better}. */
    @JsonCreator
    public static Direction of(String id) {
        for (Direction d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be higher_is_better or lower_is_better, got " + id);
    }
}
