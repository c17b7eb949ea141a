package org.rfcc.bench.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredToken;
import org.rfcc.bench.store.TokenStore;

/**
 * {@code tokens create | list | revoke}: the dashboard's write tokens. A token is 32 random bytes, shown once when it
 * is made; the history keeps only its SHA-256, and a presented token is compared with each valid hash in constant
 * time.
 */
public final class Tokens {
    /** What every token begins with, so that a leaked one is recognisable (and greppable) as ours. */
    static final String PREFIX = "rfcc_";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Settings settings;

    public Tokens(Settings settings) {
        this.settings = settings;
    }

    /** Makes the token {@code name}; returns its secret, which is stored nowhere. */
    public String create(String name, Instant now) {
        if (!NAME.matcher(name).matches()) {
            throw new UserException("a token's name is 1 to 64 letters, digits, '.', '_' or '-'; got '" + name + "'");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (HistoryStore store = settings.openStore()) {
            if (!store.tokens().create(name, sha256(token), now)) {
                throw new UserException("a token named '" + name + "' exists already (tokens list shows it)");
            }
        }
        return token;
    }

    /** Every token, valid or revoked, without its secret. */
    public List<StoredToken> list() {
        try (HistoryStore store = settings.openStore()) {
            return store.tokens().tokens();
        }
    }

    /** Revokes the token {@code name}. */
    public void revoke(String name, Instant now) {
        try (HistoryStore store = settings.openStore()) {
            if (!store.tokens().revoke(name, now)) {
                throw new UserException("no valid token named '" + name + "' (tokens list shows them)");
            }
        }
    }

    /**
     * The name of the valid token {@code token} is. Every valid hash is compared, each in constant time, so that the
     * time taken says nothing of how much of a hash matched.
     */
    static Optional<String> nameOf(TokenStore tokens, String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(token).getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (StoredToken t : tokens.tokens()) {
            boolean same = MessageDigest.isEqual(presented, t.sha256().getBytes(StandardCharsets.US_ASCII));
            if (same && t.valid()) {
                found = t.name();
            }
        }
        return Optional.ofNullable(found);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
