-- The history schema, version 5 (postgresql): a result whose metrics take more than a row (900 bytes)
-- is stored as rows of several consecutive metrics each, their series_id -1, -2, ..., beside the
-- row of a metric too large to share one, named by its own series (version 3 stored every metric of
-- such a result in a row of its own). The tables are unchanged, and rows stored before stay as they
-- are; the version moves so that a version 4 rfcc-bench, whose reads of one metric look only at
-- series_id 0 and the metric's own, does not read this history and miss metrics in grouped rows.
SELECT 1;
