package org.rfcc.bench.model.config;

import org.rfcc.bench.model.UserException;

/**
 * A configuration that cannot be used. The message is one line in the form {@code
 * <file>:<line>: <key.path>: <what was wrong>; expected <what>}, or {@code <file>: ...} when the
 * problem is the file itself.
 */
public final class ConfigException extends UserException {
    ConfigException(String file, int line, String keyPath, String problem, String expected) {
        this(file + ":" + line + ": " + keyPath + ": " + problem + "; expected " + expected);
    }

    ConfigException(String message) {
        super(oneLine(message));
    }

    ConfigException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** A problem with the file as a whole, such as a missing or empty file. */
    static ConfigException ofFile(String file, String problem, String expected) {
        return new ConfigException(file + ": " + problem + "; expected " + expected);
    }

    // A CLI prints the message as is on stderr; a line break would split it from its file name.
    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
