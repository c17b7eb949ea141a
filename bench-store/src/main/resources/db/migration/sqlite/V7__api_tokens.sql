-- The history schema, version 7: the dashboard's write tokens. Only a token's SHA-256 is kept (hex);
-- a revoked token keeps its row, with the time it was revoked, so that its name is not reused
-- unknowingly. Times are epoch milliseconds (UTC).
CREATE TABLE api_tokens (
    name       TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
