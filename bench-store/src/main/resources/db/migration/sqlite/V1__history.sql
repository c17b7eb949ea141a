-- The history schema, version 1 (sqlite). Raw samples are stored; scores are derived when read.
-- Times are epoch milliseconds (UTC).

CREATE TABLE runs (
    run_id              TEXT PRIMARY KEY,
    started_at          BIGINT NOT NULL,
    finished_at         BIGINT NOT NULL,
    profile             TEXT NOT NULL,
    source              TEXT NOT NULL,
    git_commit          TEXT,
    git_branch          TEXT,
    git_dirty           INTEGER NOT NULL,
    machine_fingerprint TEXT NOT NULL,
    machine_json        TEXT NOT NULL,
    config_json         TEXT NOT NULL,
    thresholds_json     TEXT NOT NULL,
    comparison_json     TEXT,
    stored_at           BIGINT NOT NULL
);
CREATE INDEX runs_started_at ON runs (started_at);
CREATE INDEX runs_commit ON runs (git_commit);

-- A series: (suite, benchmark, params, metric, machine fingerprint, profile), CONTRACT.md.
CREATE TABLE series (
    series_id           INTEGER PRIMARY KEY,
    suite               TEXT NOT NULL,
    benchmark           TEXT NOT NULL,
    params_json         TEXT NOT NULL,
    metric              TEXT NOT NULL,
    unit                TEXT NOT NULL,
    direction           TEXT NOT NULL,
    machine_fingerprint TEXT NOT NULL,
    profile             TEXT NOT NULL,
    UNIQUE (suite, benchmark, params_json, metric, machine_fingerprint, profile)
);

-- One row per (run, series): the derived value and interval as the run reported them.
CREATE TABLE results (
    run_id    TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    series_id BIGINT NOT NULL REFERENCES series (series_id),
    position  INTEGER NOT NULL,
    value     REAL NOT NULL,
    ci_low    REAL NOT NULL,
    ci_high   REAL NOT NULL,
    PRIMARY KEY (run_id, series_id)
) WITHOUT ROWID;
CREATE INDEX results_series ON results (series_id, run_id);

-- Every raw sample: fork x iteration.
CREATE TABLE samples (
    run_id    TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    series_id BIGINT NOT NULL,
    fork      INTEGER NOT NULL,
    iteration INTEGER NOT NULL,
    value     REAL NOT NULL,
    PRIMARY KEY (run_id, series_id, fork, iteration)
) WITHOUT ROWID;

-- Benchmarks that failed in a run, with their error (they have no metrics).
CREATE TABLE failures (
    run_id      TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    suite       TEXT NOT NULL,
    benchmark   TEXT NOT NULL,
    params_json TEXT NOT NULL,
    error       TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
