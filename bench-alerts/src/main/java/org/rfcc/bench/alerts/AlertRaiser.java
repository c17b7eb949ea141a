package org.rfcc.bench.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertLevels;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.Notification;
import org.rfcc.bench.stats.BaselineTest;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.RunComparator;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;

/**
 * Raises, updates and resolves alerts after a run is stored. Each series of the run is tested against
 * its baseline ({@link BaselineTest}): the newest {@value #BASELINE_RUNS} runs before it on the base
 * branch, the same machine and profile, since the newest change of its benchmark marked expected and
 * before the run that raised an alert still standing. A benchmark has at most one standing alert: the
 * loudest of its regressing metrics opens it, later runs that still regress confirm it, and a run back
 * at the old level resolves it. A confirmed change point of warning size or more in the newest runs
 * ({@link #fromChangePoints}) opens one too, where its benchmark has none standing.
 */
public final class AlertRaiser {
    /** How many of a series' newest runs make its baseline, at most. */
    public static final int BASELINE_RUNS = 20;

    /** Who the alerts' own transitions are by. */
    public static final String SELF = "rfcc-bench";

    private AlertRaiser() {}

    /** What a run did to the alerts. */
    public record Raised(List<StoredAlert> opened, List<StoredAlert> updated, List<StoredAlert> resolved) {}

    /**
     * A change point that the change-point work found in a series' newest runs.
     *
     * @param runId the run where the new level began
     * @param startedAt when that run started
     * @param commit its commit, or null
     */
    public record Shift(
            SeriesKey series,
            String runId,
            Instant startedAt,
            String commit,
            String unit,
            Direction direction,
            ChangePoint point) {}

    /** A series of the run, its value and its verdict. */
    private record Tested(SeriesKey key, Metric metric, Optional<BaselineTest.Verdict> verdict) {}

    /** Raises what stored run {@code run} shows, at {@code now}, in one transaction of {@code store}. */
    public static Raised afterStored(HistoryStore store, RunRecord run, AlertsConfig config, Instant now) {
        List<StoredAlert> opened = new ArrayList<>();
        List<StoredAlert> updated = new ArrayList<>();
        List<StoredAlert> resolved = new ArrayList<>();
        if (run.machine() == null) {
            return new Raised(opened, updated, resolved);
        }
        Notification notification = config.notification();
        List<StoredAlert> all = store.alerts().alerts(null);
        Map<SeriesKey, List<Tested>> byBenchmark = new LinkedHashMap<>();
        List<BaselineTest.Series> family = new ArrayList<>();
        List<Tested> order = new ArrayList<>();
        for (BenchmarkResult r : run.results()) {
            if (r.status() != Status.OK) {
                continue;
            }
            SeriesKey benchmark = new SeriesKey(
                    r.suite(), r.benchmark(), r.params(), "", run.machine().fingerprint(), run.profile());
            Map<String, double[]> baselines = baselines(store, run, benchmark, all, notification.baseBranch());
            r.metrics().forEach((name, m) -> {
                Optional<AlertLevels> levels = config.levelsFor(r.suite(), r.benchmark(), name, m.unit());
                if (levels.isEmpty()) {
                    return; // in no alert class: it raises nothing, so it takes no share of the false discovery rate
                }
                double[] baseline = baselines.getOrDefault(name, new double[0]);
                family.add(new BaselineTest.Series(baseline, m.value(), m.direction(), levels));
                order.add(new Tested(withMetric(benchmark, name), m, Optional.empty()));
            });
        }
        List<Optional<BaselineTest.Verdict>> verdicts = BaselineTest.judge(family, config.falseDiscoveryRate());
        for (int i = 0; i < order.size(); i++) {
            Tested t = order.get(i);
            byBenchmark
                    .computeIfAbsent(withMetric(t.key(), ""), k -> new ArrayList<>())
                    .add(new Tested(t.key(), t.metric(), verdicts.get(i)));
        }
        store.inTransaction(() -> {
            byBenchmark.forEach((benchmark, tested) -> {
                all.stream()
                        .filter(a -> a.standing() && a.kind().equals("missing") && sameBenchmark(a.series(), benchmark))
                        .forEach(a -> resolved.add(runsAgain(store, a, run, notification, now)));
                Optional<StoredAlert> standing = all.stream()
                        .filter(a ->
                                a.standing() && !a.kind().equals("missing") && sameBenchmark(a.series(), benchmark))
                        .reduce((a, b) -> b);
                Optional<Tested> loudest = tested.stream()
                        .filter(t -> t.verdict()
                                .map(BaselineTest.Verdict::regression)
                                .orElse(false))
                        .max(Comparator.<Tested, Integer>comparing(
                                        t -> t.verdict().orElseThrow().level().ordinal())
                                .thenComparing(t -> -t.verdict().orElseThrow().pValue()));
                if (standing.isPresent()) {
                    follow(store, standing.get(), tested, run, config, now, updated, resolved);
                } else if (loudest.isPresent()) {
                    opened.add(open(store, loudest.get(), run, notification, now));
                }
            });
            return null;
        });
        return new Raised(opened, updated, resolved);
    }

    /**
     * Opens an alert of kind {@code change_point} for each confirmed shift of warning size or more in its bad
     * direction, unless its benchmark has an alert standing or the same change raised one already; returns them.
     */
    public static List<StoredAlert> fromChangePoints(
            HistoryStore store, List<Shift> shifts, RunRecord run, AlertsConfig config, Instant now) {
        List<StoredAlert> opened = new ArrayList<>();
        Notification notification = config.notification();
        List<StoredAlert> all = new ArrayList<>(store.alerts().alerts(null)); // and those opened here, as they are
        for (Shift s : shifts) {
            ChangePoint p = s.point();
            Optional<AlertLevels> levels = config.levelsFor(
                    s.series().suite(), s.series().benchmark(), s.series().metric(), s.unit());
            double badness = RunComparator.badness(p.beforeMean(), p.afterMean(), s.direction());
            Level level = p.state() == ChangePoint.State.CONFIRMED && levels.isPresent()
                    ? RunComparator.levelOf(badness, levels)
                    : Level.NONE;
            boolean known = all.stream()
                    .anyMatch(a -> (a.standing() && sameBenchmark(a.series(), s.series()))
                            || (a.series().equals(s.series()) && a.runId().equals(s.runId())));
            if (!level.atLeast(Level.WARNING) || known) {
                continue;
            }
            StoredAlert alert = new StoredAlert(
                    0,
                    "change_point",
                    s.series(),
                    "open",
                    level.id(),
                    s.runId(),
                    s.startedAt(),
                    run.runId(),
                    s.commit(),
                    null,
                    now,
                    p.beforeMean(),
                    p.afterMean(),
                    p.changePct(),
                    finite(p.changeLowPct()),
                    finite(p.changeHighPct()),
                    p.pValue(),
                    p.index(),
                    1,
                    false,
                    now,
                    now,
                    null,
                    null);
            String note = "a change point at run " + s.runId() + ": " + percent(p.changePct()) + ", p = "
                    + String.format(Locale.ROOT, "%.2g", p.pValue());
            long id = store.alerts()
                    .open(alert, new AlertEvent(now, "opened", SELF, note, run.runId()), notification.channels());
            StoredAlert stored = store.alerts().alert(id).orElseThrow();
            opened.add(stored);
            all.add(stored);
        }
        return opened;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Resolves missing alert {@code a}: its benchmark ran again in {@code run}. */
    private static StoredAlert runsAgain(
            HistoryStore store, StoredAlert a, RunRecord run, Notification notification, Instant now) {
        StoredAlert closed = a.withState("resolved", now);
        store.alerts()
                .update(
                        closed,
                        new AlertEvent(now, "resolved", SELF, "runs again: run " + run.runId(), run.runId()),
                        notification.channels());
        return closed;
    }

    private static StoredAlert open(
            HistoryStore store, Tested t, RunRecord run, Notification notification, Instant now) {
        BaselineTest.Verdict v = t.verdict().orElseThrow();
        StoredAlert alert = new StoredAlert(
                0,
                "regression",
                t.key(),
                "open",
                v.level().id(),
                run.runId(),
                run.startedAt(),
                run.runId(),
                run.git() == null ? null : run.git().commit(),
                run.git() == null ? null : run.git().committedAt(),
                now,
                v.baseline(),
                t.metric().value(),
                v.changePct(),
                v.lowPct(),
                v.highPct(),
                v.pValue(),
                v.runs(),
                1,
                false,
                now,
                now,
                null,
                null);
        boolean send = notification.confirmRuns() <= 1;
        long id = store.alerts()
                .open(
                        alert,
                        new AlertEvent(now, "opened", SELF, note(v), run.runId()),
                        send ? notification.channels() : List.of());
        return store.alerts().alert(id).orElseThrow();
    }

    /** A standing alert after a new run: confirmed (and sent once confirmed enough), or resolved. */
    private static void follow(
            HistoryStore store,
            StoredAlert alert,
            List<Tested> tested,
            RunRecord run,
            AlertsConfig config,
            Instant now,
            List<StoredAlert> updated,
            List<StoredAlert> resolved) {
        Notification notification = config.notification();
        Optional<Tested> own = tested.stream()
                .filter(t -> t.key().metric().equals(alert.series().metric()))
                .findFirst();
        if (own.isEmpty() || own.get().verdict().isEmpty()) {
            return; // the run did not measure it, or its baseline is gone: nothing to say either way
        }
        BaselineTest.Verdict v = own.get().verdict().orElseThrow();
        boolean sent = alert.confirmations() >= notification.confirmRuns();
        double warning = config.levelsFor(
                        alert.series().suite(),
                        alert.series().benchmark(),
                        alert.series().metric(),
                        own.get().metric().unit())
                .map(AlertLevels::warningPct)
                .orElse(0.0);
        if (!v.regression() && (v.level() == Level.NONE || v.badnessPct() < warning / 2)) {
            String note = sent
                    ? "back at the old level in run " + run.runId() + " (" + percent(v.changePct()) + ")"
                    : "not confirmed by run " + run.runId() + " (" + percent(v.changePct()) + ")";
            StoredAlert closed = with(alert, v, own.get().metric(), run, alert.confirmations(), alert.level())
                    .withState("resolved", now);
            store.alerts()
                    .update(
                            closed,
                            new AlertEvent(now, "resolved", SELF, note, run.runId()),
                            sent ? notification.channels() : List.of());
            resolved.add(closed);
            return;
        }
        if (!v.regression()) {
            return; // not back, not as loud: the alert stands as it was
        }
        int confirmations = alert.confirmations() + 1;
        String level = v.level().ordinal() > Level.of(alert.level()).ordinal()
                ? v.level().id()
                : alert.level();
        StoredAlert next = with(alert, v, own.get().metric(), run, confirmations, level);
        boolean confirmedNow = !sent && confirmations >= notification.confirmRuns();
        boolean louder = sent && !level.equals(alert.level());
        String event = confirmedNow ? "opened" : "updated";
        store.alerts()
                .update(
                        next,
                        new AlertEvent(now, event, SELF, note(v), run.runId()),
                        confirmedNow || louder ? notification.channels() : sent ? inPlace(notification) : List.of());
        updated.add(next);
    }

    /**
     * The channels that hear of every run that confirms a sent alert: those that edit one message in place (the
     * pull-request comment), not those that would post a new one each time.
     */
    private static List<String> inPlace(Notification notification) {
        return notification.channels().contains("github") ? List.of("github") : List.of();
    }

    private static StoredAlert with(
            StoredAlert a, BaselineTest.Verdict v, Metric m, RunRecord run, int confirmations, String level) {
        return new StoredAlert(
                a.id(),
                a.kind(),
                a.series(),
                a.state(),
                level,
                a.runId(),
                a.runStartedAt(),
                run.runId(),
                a.commit(),
                a.committedAt(),
                a.storedAt(),
                v.baseline(),
                m.value(),
                v.changePct(),
                v.lowPct(),
                v.highPct(),
                v.pValue(),
                v.runs(),
                confirmations,
                a.falsePositive(),
                a.openedAt(),
                a.updatedAt(),
                a.escalatedAt(),
                a.closedAt());
    }

    private static String note(BaselineTest.Verdict v) {
        return percent(v.changePct()) + " [" + percent(v.lowPct()) + ", " + percent(v.highPct()) + "] against "
                + v.runs() + " runs, p = " + String.format(Locale.ROOT, "%.2g", v.pValue());
    }

    static String percent(double pct) {
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    /**
     * The baseline values of each metric of {@code benchmark}, oldest first: its newest runs before {@code run} on
     * {@code baseBranch} (or no branch), since its newest expected change and before the run of a standing alert.
     */
    private static Map<String, double[]> baselines(
            HistoryStore store, RunRecord run, SeriesKey benchmark, List<StoredAlert> alerts, String baseBranch) {
        Instant from = alerts.stream()
                .filter(a -> a.state().equals("expected") && sameBenchmark(a.series(), benchmark))
                .map(StoredAlert::runStartedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        Instant until = alerts.stream()
                .filter(a -> a.standing() && !a.kind().equals("missing") && sameBenchmark(a.series(), benchmark))
                .map(StoredAlert::runStartedAt)
                .min(Comparator.naturalOrder())
                .orElse(run.startedAt());
        Map<String, List<Double>> values = new HashMap<>();
        HistoryQuery query = new HistoryQuery(
                benchmark.suite(), benchmark.benchmark(), null, Map.of(), null, benchmark.machine(), null);
        store.history(query, (HistoryRow row) -> {
            if (row.profile().equals(benchmark.profile())
                    && row.params().equals(benchmark.params())
                    && !row.runId().equals(run.runId())
                    && (row.branch() == null || row.branch().equals(baseBranch))
                    && !row.startedAt().isBefore(from)
                    && row.startedAt().isBefore(until)) {
                values.computeIfAbsent(row.metric(), k -> new ArrayList<>()).add(row.value());
            }
        });
        Map<String, double[]> out = new HashMap<>();
        values.forEach((metric, v) -> out.put(
                metric,
                v.subList(Math.max(0, v.size() - BASELINE_RUNS), v.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray()));
        return out;
    }

    private static SeriesKey withMetric(SeriesKey k, String metric) {
        return new SeriesKey(k.suite(), k.benchmark(), k.params(), metric, k.machine(), k.profile());
    }

    static boolean sameBenchmark(SeriesKey a, SeriesKey b) {
        return a.suite().equals(b.suite())
                && a.benchmark().equals(b.benchmark())
                && a.params().equals(b.params())
                && a.machine().equals(b.machine())
                && a.profile().equals(b.profile());
    }
}
