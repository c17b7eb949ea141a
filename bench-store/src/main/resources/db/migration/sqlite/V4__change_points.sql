-- The history schema, version 4 (sqlite): each series' change points as the newest stored run left
-- them, so that reports, the dashboard and alerts read them without detecting them again. A series
-- is named as history names it (params as canonical JSON); a change point begins at a stored run,
-- and goes with it when that run is deleted. Values are in the series' unit; an unknown percentage
-- (a level of 0 before the change) is NULL.
CREATE TABLE change_points (
    suite               TEXT NOT NULL,
    benchmark           TEXT NOT NULL,
    params_json         TEXT NOT NULL,
    metric              TEXT NOT NULL,
    machine_fingerprint TEXT NOT NULL,
    profile             TEXT NOT NULL,
    run_key             BIGINT NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
    state               TEXT NOT NULL,
    before_mean         REAL NOT NULL,
    after_mean          REAL NOT NULL,
    change_pct          REAL,
    change_low_pct      REAL,
    change_high_pct     REAL,
    p_value             REAL NOT NULL,
    detected_at         BIGINT NOT NULL,
    PRIMARY KEY (suite, benchmark, params_json, metric, machine_fingerprint, profile, run_key)
);
CREATE INDEX change_points_run ON change_points (run_key);
