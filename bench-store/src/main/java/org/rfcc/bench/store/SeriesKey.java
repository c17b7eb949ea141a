package org.rfcc.bench.store;

import java.util.Map;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.SeriesNames;

/**
 * What names a series across runs (CONTRACT.md): a metric of a benchmark with its params, on one machine, in one
 * profile.
 */
public record SeriesKey(
        String suite, String benchmark, Map<String, Object> params, String metric, String machine, String profile) {
    public SeriesKey {
        params = Params.canonical(params);
    }

    /** Its name as history, reports and alerts show it ({@link SeriesNames#name}); no machine or profile. */
    public String name() {
        return SeriesNames.name(suite, benchmark, metric, params);
    }

    /** The series of {@code row}. */
    public static SeriesKey of(HistoryRow row) {
        return new SeriesKey(row.suite(), row.benchmark(), row.params(), row.metric(), row.machine(), row.profile());
    }
}
