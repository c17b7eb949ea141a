-- The history schema, version 8: the wall seconds each planned benchmark of a run took (a JSON object
-- from plan label to seconds), from which run --shard balances its slices; null for older runs.
ALTER TABLE runs ADD COLUMN plan_seconds_json TEXT;
