package org.rfcc.bench.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.BenchmarkRuns;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredAlert;

/**
 * Benchmarks that stopped running, as Horreum watches for them: one that ran daily (the median gap of its newest {@value
 * #RUNS} runs at most {@link #DAILY}) and has had no run for {@code notification.missing_after} raises one {@code
 * missing} alert; its next run resolves it ({@link AlertRaiser#afterStored}). A benchmark that silently stops is a
 * regression nobody would see. One quiet for over {@value #RETIRED} times that long was retired before anyone
 * checked (an imported history's benchmarks often were), and raises nothing.
 */
public final class Missing {
    /** How many of a benchmark's newest runs tell whether it runs daily. */
    static final int RUNS = 10;

    /** The longest median gap of a benchmark that counts as running daily: a day, and an hour of slack. */
    static final Duration DAILY = Duration.ofHours(25);

    /** How many times {@code missing_after} a benchmark may have been quiet and still be missing, not retired. */
    static final int RETIRED = 5;

    private Missing() {}

    /**
     * Opens a missing alert, at {@code now}, for each daily benchmark quiet for too long that has none standing. Only
     * {@code alerts notify} looks (from cron, between runs): after a run, or amid an import of old runs, a quiet
     * benchmark is news of nothing.
     */
    public static List<StoredAlert> check(HistoryStore store, AlertsConfig config, Instant now) {
        Duration after = config.notification().missingAfter();
        List<StoredAlert> opened = new ArrayList<>();
        if (after.isZero()) {
            return opened;
        }
        List<StoredAlert> standing = store.alerts().alerts(null).stream()
                .filter(a -> a.standing() && a.kind().equals("missing"))
                .toList();
        for (BenchmarkRuns b : store.benchmarkRuns(RUNS)) {
            List<Instant> starts = b.startedAt();
            if (starts.size() < 3 || !daily(starts)) {
                continue;
            }
            Instant last = starts.get(starts.size() - 1);
            boolean known = standing.stream().anyMatch(a -> AlertRaiser.sameBenchmark(a.series(), b.benchmark()));
            Duration quiet = Duration.between(last, now);
            if (known || quiet.compareTo(after) < 0 || quiet.compareTo(after.multipliedBy(RETIRED)) > 0) {
                continue;
            }
            String lastRun = b.runIds().get(b.runIds().size() - 1);
            StoredAlert alert = new StoredAlert(
                    0,
                    "missing",
                    b.benchmark(),
                    "open",
                    "warning",
                    lastRun,
                    last,
                    lastRun,
                    null,
                    null,
                    now,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    starts.size(),
                    1,
                    false,
                    now,
                    now,
                    null,
                    null);
            String note = "no run since " + last + " ("
                    + Duration.between(last, now).toHours() + " h), where it ran" + " daily";
            long id = store.alerts()
                    .open(
                            alert,
                            new AlertEvent(now, "opened", AlertRaiser.SELF, note, lastRun),
                            config.notification().channels());
            opened.add(store.alerts().alert(id).orElseThrow());
        }
        return opened;
    }

    private static boolean daily(List<Instant> starts) {
        long[] gaps = new long[starts.size() - 1];
        for (int i = 1; i < starts.size(); i++) {
            gaps[i - 1] = Duration.between(starts.get(i - 1), starts.get(i)).toMinutes();
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2] <= DAILY.toMinutes();
    }
}
