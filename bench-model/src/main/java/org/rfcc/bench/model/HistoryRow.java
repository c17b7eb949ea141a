package org.rfcc.bench.model;

import java.time.Instant;
import java.util.Map;

/** One stored value of one series in one run: the row of {@code history --format json} (CONTRACT.md). */
public record HistoryRow(
        String runId,
        Instant startedAt,
        String commit,
        String branch,
        String profile,
        String source,
        String machine,
        String suite,
        String benchmark,
        Map<String, Object> params,
        String metric,
        String unit,
        String direction,
        double value) {
    public HistoryRow {
        params = Params.canonical(params);
    }
}
