package org.rfcc.bench.model.comparison;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How loud a change is, from quietest to loudest. */
public enum Level {
    NONE,
    INFO,
    WARNING,
    CRITICAL;

    /** The name used in files and on the command line, e.g. {@code warning}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code none}, {@code info}, {@code warning} or {@code critical}. */
    @JsonCreator
    public static Level of(String id) {
        for (Level level : values()) {
            if (level.id().equals(id)) {
                return level;
            }
        }
        throw new IllegalArgumentException("level must be none, info, warning or critical, got " + id);
    }

    /** True when this level is {@code other} or louder. */
    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
