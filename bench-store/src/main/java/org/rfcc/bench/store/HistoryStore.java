package org.rfcc.bench.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.RunRecord;

/** The history of runs: every result and raw sample, queryable by series. */
public interface HistoryStore extends AutoCloseable {
    /** Stores {@code run} in one transaction; returns false when a run with its id is already stored. */
    boolean store(RunRecord run);

    /**
     * Stores {@code run} in place of the stored run with its id, if any, in one transaction;
     * returns true when there was one.
     */
    boolean replace(RunRecord run);

    /**
     * Runs {@code work} in one transaction: the runs it stores, replaces and deletes land together,
     * or, when it throws, none of them do. Called within another, it is a savepoint of that one:
     * a failure undoes only its own work.
     */
    <T> T inTransaction(Supplier<T> work);

    /** The stored run with {@code runId}, rebuilt from the history. */
    Optional<RunRecord> run(String runId);

    /** One row per (run, series) matching {@code query}, oldest run first. */
    default List<HistoryRow> history(HistoryQuery query) {
        List<HistoryRow> rows = new ArrayList<>();
        history(query, rows::add);
        return rows;
    }

    /**
     * Hands {@code sink} the rows of {@link #history(HistoryQuery)} one at a time, as they are
     * read, so that a long history never has to fit in memory.
     */
    void history(HistoryQuery query, Consumer<HistoryRow> sink);

    /**
     * Keeps {@code changes} as the change points of {@code series}, in place of those it had, in one transaction: each
     * begins at a stored run (those of runs not stored are left out).
     */
    void replaceChanges(SeriesKey series, List<StoredChange> changes);

    /**
     * The stored change points of the series that {@code query} selects (its suite, benchmark, metric, params and
     * machine; not its branch or date), by series and then by the run where each begins.
     */
    List<StoredChange> changes(HistoryQuery query);

    /**
     * When each benchmark (its series' key without a metric) measured something, in its newest {@code newest} runs:
     * the runs' ids and start times, oldest first.
     */
    List<BenchmarkRuns> benchmarkRuns(int newest);

    /** The alerts of this history, their transitions and outbox, in its transactions. */
    AlertStore alerts();

    /** The dashboard's write tokens, in this history's database. */
    TokenStore tokens();

    /** Every stored series with its id, by id. */
    List<StoredSeries> series();

    /** The stored series with {@code id}. */
    Optional<StoredSeries> series(long id);

    /** The values of the series with {@code id}, oldest run first; none when there is no such series. */
    List<HistoryRow> points(long id);

    /** The number of stored runs. */
    int runCount();

    /** How many runs, series and raw samples are stored, and the bytes the database takes. */
    StoreStats stats();

    /**
     * The wall seconds each planned benchmark (by label) took in the newest stored runs of
     * {@code profile} that recorded them, those of the machine {@code machineFingerprint} first:
     * what {@code run --shard} balances by.
     */
    Map<String, Double> planSeconds(String profile, String machineFingerprint);

    /** The stored runs that started before {@code cutoff} (all runs when null), oldest first. */
    List<RunSummary> runs(Instant cutoff);

    /**
     * The id of the newest run of {@code commit} on the machine {@code machineFingerprint} with
     * {@code profile}, the baseline that {@code compare}, {@code run --compare-with} and
     * {@code quick-check} look for; a null machine or profile matches any.
     */
    Optional<String> latestRun(String commit, String machineFingerprint, String profile);

    /** Deletes the runs with these ids, with their results and samples, in one transaction; returns how many. */
    int delete(Collection<String> runIds);

    /**
     * Writes a consistent snapshot of the whole history to {@code file}, while others may write:
     * a SQLite database file ({@code VACUUM INTO}) or, for PostgreSQL, run records as JSON lines.
     */
    void backup(Path file);

    @Override
    void close();
}
