package org.rfcc.bench.store;

import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.RunRecord;

/** The history of runs: every result and raw sample, queryable by series. */
public interface HistoryStore extends AutoCloseable {
    /** Stores {@code run} in one transaction; returns false when a run with its id is already stored. */
    boolean store(RunRecord run);

    /** The stored run with {@code runId}, rebuilt from the history. */
    Optional<RunRecord> run(String runId);

    /** One row per (run, series) matching {@code query}, oldest run first. */
    List<HistoryRow> history(HistoryQuery query);

    /** The number of stored runs. */
    int runCount();

    @Override
    void close();
}
