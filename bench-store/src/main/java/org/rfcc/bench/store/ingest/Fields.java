package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the fields of imported JSON, failing with messages that name the field and where it is. */
final class Fields {
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

    /**
     * {@code value} as a finite number, also when it is a string that holds one ({@code "95"}), as
     * github-action-benchmark accepts; fails as {@link #finite} does otherwise.
     */
    static double number(JsonNode value, String path, String where, String file) {
        if (value != null && value.isTextual()) {
            try {
                double v = Double.parseDouble(value.asText().strip());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // not a number: refused below, with the value
            }
        }
        return finite(value, path, where, file);
    }

    /** {@code value} when it is a finite number, else null (JMH writes "NaN" for an unknown error). */
    static Double finiteOrNull(JsonNode value) {
        return value != null && value.isNumber() && Double.isFinite(value.doubleValue()) ? value.doubleValue() : null;
    }

    private static boolean isNonFinite(String text) {
        return switch (text) {
            case "NaN", "+INF", "-INF", "INF", "Infinity", "+Infinity", "-Infinity" -> true;
            default -> false;
        };
    }
}
