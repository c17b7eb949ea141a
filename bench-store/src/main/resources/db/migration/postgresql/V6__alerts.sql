-- The history schema, version 6 (postgresql): alerts, the transitions of each, and the outbox of the
-- messages about them. An alert names its series as change_points does, and the runs by id, not by
-- key: an alert outlives the runs that raised it when they are pruned. Times are epoch
-- milliseconds (UTC); a NULL number is unknown.
CREATE TABLE alerts (
    alert_id            BIGSERIAL PRIMARY KEY,
    kind                TEXT NOT NULL,
    suite               TEXT NOT NULL,
    benchmark           TEXT NOT NULL,
    params_json         TEXT NOT NULL,
    metric              TEXT NOT NULL,
    machine_fingerprint TEXT NOT NULL,
    profile             TEXT NOT NULL,
    state               TEXT NOT NULL,
    level               TEXT NOT NULL,
    run_id              TEXT NOT NULL,
    run_started_at      BIGINT NOT NULL,
    last_run_id         TEXT NOT NULL,
    git_commit          TEXT,
    committed_at        BIGINT,
    stored_at           BIGINT NOT NULL,
    baseline_value      REAL,
    value               REAL,
    change_pct          REAL,
    change_low_pct      REAL,
    change_high_pct     REAL,
    p_value             REAL,
    baseline_runs       INTEGER NOT NULL,
    confirmations       INTEGER NOT NULL,
    false_positive      BOOLEAN NOT NULL DEFAULT FALSE,
    opened_at           BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    escalated_at        BIGINT,
    closed_at           BIGINT
);
CREATE INDEX alerts_series ON alerts (suite, benchmark, params_json, machine_fingerprint, profile);
CREATE INDEX alerts_state ON alerts (state);

-- Every transition of an alert: opened, updated, acknowledged, expected, dismissed, resolved,
-- escalated; by whom (a name, or rfcc-bench), with a note.
CREATE TABLE alert_events (
    event_id  BIGSERIAL PRIMARY KEY,
    alert_id  BIGINT NOT NULL REFERENCES alerts (alert_id) ON DELETE CASCADE,
    at        BIGINT NOT NULL,
    event     TEXT NOT NULL,
    by_name   TEXT NOT NULL,
    note      TEXT,
    run_id    TEXT
);
CREATE INDEX alert_events_alert ON alert_events (alert_id);

-- A message for one channel, kept until the channel accepted it (delivered_at set); a failed
-- attempt sets the next one after a back-off and keeps its error.
CREATE TABLE outbox (
    message_id      BIGSERIAL PRIMARY KEY,
    alert_id        BIGINT NOT NULL REFERENCES alerts (alert_id) ON DELETE CASCADE,
    channel         TEXT NOT NULL,
    event           TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts        INTEGER NOT NULL,
    last_error      TEXT,
    delivered_at    BIGINT
);
CREATE INDEX outbox_due ON outbox (delivered_at, next_attempt_at);
CREATE INDEX outbox_alert ON outbox (alert_id);
