-- The end of version 3: the tables of version 2, emptied into the new ones by V3_1, go.
DROP TABLE failures_v2;
DROP TABLE samples_v2;
DROP TABLE results_v2;
DROP TABLE series_v2;
DROP TABLE runs_v2;
