-- The history schema, version 3 (postgresql): one row per (run, result) whose samples are packed into
-- one value (see Packing), instead of one row per sample. The tables of version 2 are renamed
-- and emptied into the new ones by V3_1 (Java); V3_2 drops them. Times are epoch milliseconds (UTC).

DROP INDEX runs_started_at;
DROP INDEX runs_commit;
DROP INDEX results_series;
ALTER TABLE failures RENAME TO failures_v2;
ALTER TABLE samples RENAME TO samples_v2;
ALTER TABLE results RENAME TO results_v2;
ALTER TABLE series RENAME TO series_v2;
ALTER TABLE runs RENAME TO runs_v2;

CREATE TABLE runs (
    run_key             BIGSERIAL PRIMARY KEY,
    run_id              TEXT NOT NULL UNIQUE,
    started_at          BIGINT NOT NULL,
    finished_at         BIGINT NOT NULL,
    profile             TEXT NOT NULL,
    source              TEXT NOT NULL,
    git_commit          TEXT,
    git_branch          TEXT,
    git_dirty           BOOLEAN NOT NULL,
    git_message         TEXT,
    git_author          TEXT,
    git_committed_at    BIGINT,
    machine_fingerprint TEXT NOT NULL,
    machine_json        TEXT NOT NULL,
    config_json         TEXT NOT NULL,
    thresholds_json     TEXT NOT NULL,
    comparison_json     TEXT,
    stored_at           BIGINT NOT NULL
);
CREATE INDEX runs_started_at ON runs (started_at);
CREATE INDEX runs_commit ON runs (git_commit);

-- What a result belongs to across runs: (suite, benchmark, params, machine fingerprint, profile).
CREATE TABLE benchmarks (
    benchmark_id        BIGSERIAL PRIMARY KEY,
    suite               TEXT NOT NULL,
    benchmark           TEXT NOT NULL,
    params_json         TEXT NOT NULL,
    machine_fingerprint TEXT NOT NULL,
    profile             TEXT NOT NULL,
    UNIQUE (suite, benchmark, params_json, machine_fingerprint, profile)
);

-- A series (CONTRACT.md): one metric of a benchmark, with the unit it was first stored in.
CREATE TABLE series (
    series_id    BIGSERIAL PRIMARY KEY,
    benchmark_id BIGINT NOT NULL REFERENCES benchmarks (benchmark_id),
    metric       TEXT NOT NULL,
    unit         TEXT NOT NULL,
    direction    TEXT NOT NULL,
    UNIQUE (benchmark_id, metric)
);

-- One row per (run, result) holding every metric's raw samples (fork x iteration), packed; a result
-- too large for one row (about 900 bytes, so that a row fits in its page) is one row per metric,
-- with that metric's series. Clustered by benchmark and series, so that a series is read in one
-- range; values are derived from the samples when read.
CREATE TABLE results (
    benchmark_id BIGINT NOT NULL REFERENCES benchmarks (benchmark_id),
    series_id    BIGINT NOT NULL,
    run_key      BIGINT NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
    part         INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    samples      INTEGER NOT NULL,
    packed       BYTEA NOT NULL,
    PRIMARY KEY (benchmark_id, series_id, run_key)
);
CREATE INDEX results_run ON results (run_key);

-- Benchmarks that failed in a run, with their error (they have no metrics).
CREATE TABLE failures (
    run_key     BIGINT NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    suite       TEXT NOT NULL,
    benchmark   TEXT NOT NULL,
    params_json TEXT NOT NULL,
    error       TEXT NOT NULL,
    PRIMARY KEY (run_key, position)
);
