package org.rfcc.bench.store;

import java.time.Instant;
import java.util.Map;

/**
 * Filters of {@code history}; a null field (or an empty params map) does not filter.
 *
 * @param params params that must match, by name and value as text
 * @param since only runs started at or after this instant
 */
public record HistoryQuery(
        String suite,
        String benchmark,
        String metric,
        Map<String, String> params,
        String branch,
        String machine,
        Instant since) {
    public HistoryQuery {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** No filter at all. */
    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, Map.of(), null, null, null);
    }
}
