package org.rfcc.bench.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.config.AlertLevels;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.ChangePointDetector;
import org.rfcc.bench.stats.NewestPoints;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredChange;

/** Change points of stored series: each series of the history, oldest run first, through a detector. */
public final class ChangeWatch {
    /**
     * One change point of one stored series, with the run where the new level began; its JSON is
     * that of {@code changepoints --format json}.
     *
     * @param points how many points the series has
     * @param first the first row of the new segment
     */
    @JsonPropertyOrder({"series", "machine", "profile", "run_id", "commit", "started_at", "change_point"})
    public record Found(
            String series,
            String machine,
            String profile,
            @JsonIgnore int points,
            @JsonProperty("change_point") ChangePoint point,
            @JsonIgnore HistoryRow first) {
        /** The run where the new level began. */
        @JsonProperty("run_id")
        public String runId() {
            return first.runId();
        }

        /** Its commit, or null. */
        @JsonProperty("commit")
        public String commit() {
            return first.commit();
        }

        /** When it started. */
        @JsonProperty("started_at")
        public Instant startedAt() {
            return first.startedAt();
        }
    }

    /** A change point of a named series of a file, as {@code changepoints --input --format json} lists it. */
    @JsonPropertyOrder({"series", "change_point"})
    public record Named(String series, @JsonProperty("change_point") ChangePoint point) {}

    private ChangeWatch() {}

    /** The detector's settings, and those of the newest-points test, as output shows them beside change points. */
    public static Map<String, Object> method(ChangePointDetector detector) {
        Map<String, Object> method = new LinkedHashMap<>(detector.parameters());
        method.put("newest_points", NewestPoints.parameters());
        return method;
    }

    /**
     * The JSON document of {@code changepoints}: the method, and the change points (of one unnamed series as they are,
     * of named series each with its series).
     */
    public static Map<String, Object> document(ChangePointDetector detector, Map<String, List<ChangePoint>> series) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("method", method(detector));
        if (series.size() == 1 && series.containsKey("")) {
            doc.put("change_points", series.get(""));
        } else {
            List<Named> named = new ArrayList<>();
            series.forEach((name, points) -> points.forEach(p -> named.add(new Named(name, p))));
            doc.put("change_points", named);
        }
        return doc;
    }

    /**
     * The change points of every stored series that {@code query} selects (and {@code profile}, when given): those that
     * {@code detector} confirms, and a suspected one where a series' newest points left its level ({@link
     * NewestPoints}) by at least the warning threshold of the metric's class in {@code alerts}.
     */
    static List<Found> detect(
            HistoryStore store, HistoryQuery query, String profile, ChangePointDetector detector, AlertsConfig alerts) {
        Map<SeriesKey, List<HistoryRow>> series = new LinkedHashMap<>();
        store.history(query, row -> {
            if (profile == null || profile.equals(row.profile())) {
                add(series, row);
            }
        });
        List<Found> found = new ArrayList<>();
        series.forEach((key, rows) ->
                points(rows, detector, series.size(), alerts).forEach(p -> found.add(found(key, rows, p))));
        return found;
    }

    private static void add(Map<SeriesKey, List<HistoryRow>> series, HistoryRow row) {
        series.computeIfAbsent(SeriesKey.of(row), k -> new ArrayList<>()).add(row);
    }

    /** The change points of one stored series' rows, confirmed and suspected, of {@code seriesChecked} checked. */
    private static List<ChangePoint> points(
            List<HistoryRow> rows, ChangePointDetector detector, int seriesChecked, AlertsConfig alerts) {
        double[] values = rows.stream().mapToDouble(HistoryRow::value).toArray();
        return withSuspect(values, detector, seriesChecked, warningPct(alerts, rows.get(0)));
    }

    private static Found found(SeriesKey key, List<HistoryRow> rows, ChangePoint p) {
        return new Found(key.name(), key.machine(), key.profile(), rows.size(), p, rows.get(p.index()));
    }

    /**
     * The change points {@code detector} confirms in {@code values}, then a suspected one where the newest points left
     * the level by {@code minChangePct} or more, of {@code seriesChecked} series checked together.
     */
    static List<ChangePoint> withSuspect(
            double[] values, ChangePointDetector detector, int seriesChecked, double minChangePct) {
        List<ChangePoint> points = new ArrayList<>(detector.detect(values));
        int since = points.isEmpty() ? 0 : points.get(points.size() - 1).index();
        NewestPoints.suspect(values, since, seriesChecked, minChangePct).ifPresent(points::add);
        return points;
    }

    /** The warning threshold of the row's metric class, the smallest change worth suspecting; 0 without one. */
    private static double warningPct(AlertsConfig alerts, HistoryRow row) {
        return alerts == null
                ? 0
                : alerts.levelsFor(row.suite(), row.benchmark(), row.metric(), row.unit())
                        .map(AlertLevels::warningPct)
                        .orElse(0.0);
    }

    /** A benchmark on a machine in a profile: what a stored run adds a point to, in each of its metrics' series. */
    public record Touched(String suite, String benchmark, String machine, String profile) {
        /** The benchmarks of {@code run} that measured something. */
        public static Set<Touched> of(RunRecord run) {
            Set<Touched> touched = new LinkedHashSet<>();
            for (BenchmarkResult r : run.results()) {
                if (r.status() == Status.OK) {
                    touched.add(
                            new Touched(r.suite(), r.benchmark(), run.machine().fingerprint(), run.profile()));
                }
            }
            return touched;
        }
    }

    /**
     * The runs an update after one stored run looks at, newest first: a change within them is found where it is, and
     * the stored change points before their first quarter stand as they are (appending points moves an earlier change
     * point by at most 2; {@code ChangePointStabilityTest}), so a long history is not read again for each run.
     */
    public static final int WINDOW = 60;

    /**
     * Detects the change points of every series of {@code touched} again, from its stored history, and keeps them in
     * the history in place of those it had ({@link HistoryStore#replaceChanges}); returns those that begin within the
     * newest {@code recent} runs of their series, what the newest runs changed. The other series are not read.
     *
     * @param window the newest runs (of the profile) to detect in, {@link #WINDOW} after one stored run; null reads
     *     each series whole (after an import, whose runs may be older than the change points stored)
     */
    public static List<Found> update(
            HistoryStore store,
            Collection<Touched> touched,
            ChangePointDetector detector,
            AlertsConfig alerts,
            int recent,
            Integer window) {
        Map<SeriesKey, List<HistoryRow>> series = new LinkedHashMap<>();
        Map<SeriesKey, List<StoredChange>> before = new HashMap<>();
        Map<String, Instant> since = new HashMap<>();
        for (Touched t : touched) {
            Instant from =
                    window == null ? null : since.computeIfAbsent(t.profile(), p -> windowStart(store, p, window));
            HistoryQuery all = new HistoryQuery(t.suite(), t.benchmark(), null, Map.of(), null, t.machine(), null);
            HistoryQuery query = new HistoryQuery(t.suite(), t.benchmark(), null, Map.of(), null, t.machine(), from);
            store.history(query, row -> {
                if (row.profile().equals(t.profile())) {
                    add(series, row);
                }
            });
            for (StoredChange c : store.changes(all)) {
                if (c.series().profile().equals(t.profile())) {
                    before.computeIfAbsent(c.series(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Found> found = new ArrayList<>();
        store.inTransaction(() -> {
            series.forEach((key, rows) -> {
                List<ChangePoint> points = points(rows, detector, series.size(), alerts);
                List<StoredChange> stored = new ArrayList<>();
                int firstNew = 0;
                if (window != null && since.get(key.profile()) != null) {
                    // a window of a longer history: what its first quarter holds was judged with more of the past
                    firstNew = Math.min(rows.size() - 1, window / 4);
                    Instant frozen = rows.get(firstNew).startedAt();
                    before.getOrDefault(key, List.of()).stream()
                            .filter(c -> c.startedAt() != null && c.startedAt().isBefore(frozen))
                            .forEach(stored::add);
                }
                for (ChangePoint p : points) {
                    if (p.index() < firstNew) {
                        continue;
                    }
                    HistoryRow first = rows.get(p.index());
                    stored.add(new StoredChange(
                            key,
                            first.runId(),
                            null,
                            null,
                            p.state().id(),
                            p.beforeMean(),
                            p.afterMean(),
                            p.changePct(),
                            p.changeLowPct(),
                            p.changeHighPct(),
                            p.pValue()));
                    if (p.index() >= rows.size() - recent) {
                        found.add(found(key, rows, p));
                    }
                }
                if (!same(stored, before.getOrDefault(key, List.of()))) {
                    store.replaceChanges(key, stored);
                }
            });
            return null;
        });
        return found;
    }

    /** When the newest {@code window} runs of {@code profile} began; null when the history holds no more runs than that. */
    private static Instant windowStart(HistoryStore store, String profile, int window) {
        List<Instant> starts = store.runs(null).stream()
                .filter(r -> profile.equals(r.profile()))
                .map(r -> r.startedAt())
                .sorted()
                .toList();
        return starts.size() <= window ? null : starts.get(starts.size() - window);
    }

    /** Whether two lists of a series' change points say the same: most series have none before and after. */
    private static boolean same(List<StoredChange> a, List<StoredChange> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            StoredChange x = a.get(i);
            StoredChange y = b.get(i);
            boolean equal = x.runId().equals(y.runId())
                    && x.state().equals(y.state())
                    && Double.compare(x.beforeMean(), y.beforeMean()) == 0
                    && Double.compare(x.afterMean(), y.afterMean()) == 0
                    && Double.compare(x.changePct(), y.changePct()) == 0
                    && Double.compare(x.changeLowPct(), y.changeLowPct()) == 0
                    && Double.compare(x.changeHighPct(), y.changeHighPct()) == 0
                    && Double.compare(x.pValue(), y.pValue()) == 0;
            if (!equal) {
                return false;
            }
        }
        return true;
    }
}
