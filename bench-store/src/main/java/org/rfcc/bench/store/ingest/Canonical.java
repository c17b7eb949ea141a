package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * The identity of imported content: a digest of its parsed JSON, not of its bytes, so that line
 * endings, indentation, a byte-order mark, gzip or the order of an object's fields make no new
 * run, while any changed value does.
 */
final class Canonical {
    private final MessageDigest digest;

    Canonical(String kind) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        text(kind);
    }

    /** Adds {@code node} to the digest. */
    Canonical add(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            digest.update((byte) '{');
            for (String name : names) {
                text(name);
                add(node.get(name));
            }
            digest.update((byte) '}');
        } else if (node.isArray()) {
            digest.update((byte) '[');
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                add(it.next());
            }
            digest.update((byte) ']');
        } else if (node.isTextual()) {
            digest.update((byte) 's');
            text(node.asText());
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            digest.update((byte) 'i');
            bits(node.longValue());
        } else if (node.isFloatingPointNumber()) {
            digest.update((byte) 'd'); // the value parsed, without a String per number
            bits(Double.doubleToLongBits(node.doubleValue()));
        } else {
            digest.update((byte) 'v'); // larger integers, true, false, null
            text(node.toString());
        }
        return this;
    }

    private void bits(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
    }

    /** Adds {@code value} to the digest, length first so that no two sequences run together. */
    Canonical text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int shift = 24; shift >= 0; shift -= 8) {
            digest.update((byte) (bytes.length >>> shift));
        }
        digest.update(bytes);
        return this;
    }

    /** The run id of what was added. */
    String id() {
        return UUID.nameUUIDFromBytes(digest.digest()).toString();
    }
}
