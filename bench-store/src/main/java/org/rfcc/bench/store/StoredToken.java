package org.rfcc.bench.store;

import java.time.Instant;

/**
 * A write token of the dashboard's API, as stored: its name and the SHA-256 of its secret (hex), never the secret.
 *
 * @param revokedAt when it was revoked; null while it is valid
 */
public record StoredToken(String name, String sha256, Instant createdAt, Instant revokedAt) {
    /** Whether it still grants writes. */
    public boolean valid() {
        return revokedAt == null;
    }
}
