package org.rfcc.bench.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.model.seam.KeySeries;
import org.rfcc.bench.report.Trend;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.ChangePointDetector;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;

/**
 * The trends the report plots: for each key series of a run (its catalog says which), its newest
 * stored values on the same machine and profile, ending with the run itself, and the change
 * points among them.
 */
final class Trends {
    private Trends() {}

    /** The trends of {@code run}'s key series in {@code store} (none without one); the run is the last point. */
    static List<Trend> of(HistoryStore store, RunRecord run) {
        return store == null ? List.of() : of(store, run, new EDivisiveMeans());
    }

    static List<Trend> of(HistoryStore store, RunRecord run, ChangePointDetector detector) {
        Map<List<String>, List<HistoryRow>> byMetric = new LinkedHashMap<>();
        List<Trend> out = new ArrayList<>();
        for (KeySeries key : Catalogs.keySeries(run)) {
            List<HistoryRow> rows = byMetric.computeIfAbsent(
                    List.of(key.suite(), key.benchmark(), key.metric()),
                    k -> store.history(new HistoryQuery(
                            k.get(0),
                            k.get(1),
                            k.get(2),
                            Map.of(),
                            null,
                            run.machine().fingerprint(),
                            null)));
            List<Trend.Point> points = new ArrayList<>();
            for (HistoryRow row : rows) {
                if (row.profile().equals(run.profile())
                        && !row.runId().equals(run.runId())
                        && row.params().equals(key.params())) {
                    points.add(new Trend.Point(row.runId(), row.startedAt(), row.commit(), row.value()));
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            points.sort(Comparator.comparing(Trend.Point::startedAt));
            List<Trend.Point> recent = new ArrayList<>(
                    points.subList(Math.max(0, points.size() - (Defaults.TREND_RUNS - 1)), points.size()));
            recent.add(new Trend.Point(
                    run.runId(),
                    run.startedAt(),
                    run.git() == null ? null : run.git().commit(),
                    key.measured().value()));
            double[] values = recent.stream().mapToDouble(Trend.Point::value).toArray();
            List<Integer> changes =
                    detector.detect(values).stream().map(ChangePoint::index).toList();
            out.add(new Trend(
                    key.name(), key.measured().unit(), key.measured().direction(), recent, changes, recent.size() - 1));
        }
        return out;
    }
}
