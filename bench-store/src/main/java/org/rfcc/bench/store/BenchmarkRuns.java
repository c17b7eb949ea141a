package org.rfcc.bench.store;

import java.time.Instant;
import java.util.List;

/**
 * The newest runs in which a benchmark measured something ({@link HistoryStore#benchmarkRuns}).
 *
 * @param benchmark the benchmark on its machine and profile, as a series key whose metric is empty
 * @param runIds the runs, oldest first
 * @param startedAt when each started
 */
public record BenchmarkRuns(SeriesKey benchmark, List<String> runIds, List<Instant> startedAt) {
    public BenchmarkRuns {
        runIds = List.copyOf(runIds);
        startedAt = List.copyOf(startedAt);
    }
}
