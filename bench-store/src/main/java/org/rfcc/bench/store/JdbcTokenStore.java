package org.rfcc.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@link TokenStore} of a {@link JdbcHistoryStore}: its connection, its transactions, its lock. */
final class JdbcTokenStore implements TokenStore {
    private final JdbcHistoryStore history;
    private final Connection connection;

    JdbcTokenStore(JdbcHistoryStore history, Connection connection) {
        this.history = history;
        this.connection = connection;
    }

    @Override
    public boolean create(String name, String sha256, Instant at) {
        return Sql.write(history, "store the token " + name, () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO api_tokens (name, sha256, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, name);
                s.setString(2, sha256);
                s.setLong(3, at.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<StoredToken> tokens() {
        return Sql.read(history, "read the tokens", () -> {
            List<StoredToken> out = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                            "SELECT name, sha256, created_at, revoked_at FROM api_tokens ORDER BY name");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long revoked = rs.getLong(4);
                    Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
                    out.add(new StoredToken(
                            rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), revokedAt));
                }
            }
            return out;
        });
    }

    @Override
    public boolean revoke(String name, Instant at) {
        return Sql.write(history, "revoke the token " + name, () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, name);
                return s.executeUpdate() == 1;
            }
        });
    }
}
