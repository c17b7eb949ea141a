package org.rfcc.bench.store;

import java.time.Instant;

/**
 * A change point of a series as the history keeps it (schema version 4): where its new level began and how sure it is.
 *
 * @param series the series
 * @param runId the run where the new level began
 * @param commit that run's commit, or null (filled in when read)
 * @param startedAt when that run started (filled in when read; null when stored)
 * @param state {@code suspected} or {@code confirmed}
 * @param beforeMean the mean of the segment before, in the series' unit
 * @param afterMean the mean of the segment that begins here
 * @param changePct the change in percent of {@code beforeMean}, NaN when that is 0
 * @param changeLowPct the low end of its 95% interval, NaN when unknown
 * @param changeHighPct its high end
 * @param pValue the p-value of the test that found it
 */
public record StoredChange(
        SeriesKey series,
        String runId,
        String commit,
        Instant startedAt,
        String state,
        double beforeMean,
        double afterMean,
        double changePct,
        double changeLowPct,
        double changeHighPct,
        double pValue) {}
