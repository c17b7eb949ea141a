package org.rfcc.bench.store;

import java.time.Instant;

/**
 * An alert as the history keeps it (schema version 6): one change of one series, and where its
 * lifecycle stands.
 *
 * @param id its id, 0 before it is stored
 * @param kind {@code regression}, {@code change_point} or {@code missing}
 * @param state {@code open}, {@code acknowledged}, {@code expected}, {@code dismissed} or {@code resolved}
 * @param level {@code warning} or {@code critical}
 * @param runId the run that raised it
 * @param runStartedAt when that run started: the baseline ends there while the alert stands, and
 *     restarts there once it is marked expected
 * @param lastRunId the newest run that confirmed it (or resolved it)
 * @param commit the raising run's commit, or null
 * @param committedAt that commit's time, or null
 * @param storedAt when the raising run was stored
 * @param baselineValue the baseline's level, in the series' unit; null when unknown (as for {@code missing})
 * @param value the newest run's value
 * @param changePct the change of {@code value} from {@code baselineValue}, in percent
 * @param changeLowPct the low end of its interval, or null
 * @param changeHighPct its high end, or null
 * @param pValue the p-value of the test that raised it, or null
 * @param baselineRuns how many runs the baseline held
 * @param confirmations how many consecutive runs agreed so far
 * @param falsePositive dismissed as a false positive
 * @param escalatedAt when it escalated, or null
 * @param closedAt when it was dismissed or resolved (or marked expected), or null
 */
public record StoredAlert(
        long id,
        String kind,
        SeriesKey series,
        String state,
        String level,
        String runId,
        Instant runStartedAt,
        String lastRunId,
        String commit,
        Instant committedAt,
        Instant storedAt,
        Double baselineValue,
        Double value,
        Double changePct,
        Double changeLowPct,
        Double changeHighPct,
        Double pValue,
        int baselineRuns,
        int confirmations,
        boolean falsePositive,
        Instant openedAt,
        Instant updatedAt,
        Instant escalatedAt,
        Instant closedAt) {
    /** The states in which an alert still stands: a change nobody has closed. */
    public boolean standing() {
        return state.equals("open") || state.equals("acknowledged");
    }

    /** This alert, escalated at {@code at}. */
    public StoredAlert escalated(Instant at) {
        return lifecycle(state, confirmations, falsePositive, at, at, closedAt);
    }

    /** This alert, marked a false positive. */
    public StoredAlert asFalsePositive() {
        return lifecycle(state, confirmations, true, updatedAt, escalatedAt, closedAt);
    }

    /** This alert confirmed at {@code at}, as if by {@code runs} consecutive runs (if fewer had). */
    public StoredAlert confirmed(int runs, Instant at) {
        return lifecycle(state, Math.max(confirmations, runs), falsePositive, at, escalatedAt, closedAt);
    }

    /** This alert with {@code state}, changed at {@code at} (closed then, unless it stands). */
    public StoredAlert withState(String state, Instant at) {
        boolean closes = !state.equals("open") && !state.equals("acknowledged");
        return lifecycle(state, confirmations, falsePositive, at, escalatedAt, closes ? at : closedAt);
    }

    /** This alert with its lifecycle's columns changed, its measurement as it was. */
    private StoredAlert lifecycle(
            String state,
            int confirmations,
            boolean falsePositive,
            Instant updatedAt,
            Instant escalatedAt,
            Instant closedAt) {
        return new StoredAlert(
                id,
                kind,
                series,
                state,
                level,
                runId,
                runStartedAt,
                lastRunId,
                commit,
                committedAt,
                storedAt,
                baselineValue,
                value,
                changePct,
                changeLowPct,
                changeHighPct,
                pValue,
                baselineRuns,
                confirmations,
                falsePositive,
                openedAt,
                updatedAt,
                escalatedAt,
                closedAt);
    }
}
