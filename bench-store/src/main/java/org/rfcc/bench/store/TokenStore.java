package org.rfcc.bench.store;

import java.time.Instant;
import java.util.List;

/** The dashboard's write tokens ({@link HistoryStore#tokens}), in the history's database. */
public interface TokenStore {
    /** Stores a token; false when a token of that name exists already, revoked or not. */
    boolean create(String name, String sha256, Instant at);

    /** Every token, valid or revoked, by name. */
    List<StoredToken> tokens();

    /** Revokes the valid token {@code name}; false when there is none. */
    boolean revoke(String name, Instant at);
}
