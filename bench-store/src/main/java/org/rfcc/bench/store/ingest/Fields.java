package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Reads the fields of imported JSON, failing with messages that name the field and where it is. */
final class Fields {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");

    private Fields() {}

    /** The text of {@code node.field}; fails when it is missing or not a string. */
    static String text(JsonNode node, String field, String path, String where, String file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IngestException(file, "\"" + path + "\" is missing in " + where);
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IngestException(file, "\"" + path + "\" is " + value + ", not a non-blank string, in " + where);
        }
        return value.asText();
    }

    /** The text of {@code node.field}, or null when it is missing or not a string. */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** {@code value} as a finite number; fails naming {@code path} when it is missing, NaN or not a number. */
    static double finite(JsonNode value, String path, String where, String file) {
        if (value == null || value.isNull()) {
            throw new IngestException(file, "\"" + path + "\" is missing in " + where);
        }
        if (value.isNumber() && Double.isFinite(value.doubleValue())) {
            return value.doubleValue();
        }
        String shown = value.isNumber() ? Double.toString(value.doubleValue()) : value.asText();
        if (value.isTextual() && isNonFinite(shown)) {
            throw new IngestException(file, "\"" + path + "\" holds " + shown + " in " + where);
        }
        if (value.isNumber()) {
            throw new IngestException(file, "\"" + path + "\" holds " + shown + " (out of range) in " + where);
        }
        throw new IngestException(file, "\"" + path + "\" holds " + value + ", not a number, in " + where);
    }

    /** {@code value} when it is a finite number, else null (JMH writes "NaN" for an unknown error). */
    static Double finiteOrNull(JsonNode value) {
        return value != null && value.isNumber() && Double.isFinite(value.doubleValue()) ? value.doubleValue() : null;
    }

    /**
     * A parameter value: a number when {@code text} is an integer or a decimal written plainly
     * (no leading zeros, so that {@code 007} stays the text it was), else the text itself.
     */
    static Object paramValue(String text) {
        if (INTEGER.matcher(text).matches()) {
            BigInteger n = new BigInteger(text);
            if (n.bitLength() < 32) {
                return n.intValue();
            }
            return n.bitLength() < 64 ? (Object) n.longValue() : text;
        }
        if (DECIMAL.matcher(text).matches()) {
            double d = Double.parseDouble(text);
            return Double.isFinite(d) ? (Object) d : text;
        }
        return text;
    }

    private static boolean isNonFinite(String text) {
        return switch (text) {
            case "NaN", "+INF", "-INF", "INF", "Infinity", "+Infinity", "-Infinity" -> true;
            default -> false;
        };
    }
}
