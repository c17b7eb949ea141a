package org.rfcc.bench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.ChangePointDetector;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryRow;
import org.rfcc.bench.store.HistoryStore;

/** Change points of stored series: each series of the history, oldest run first, through a detector. */
final class ChangeWatch {
    /**
     * One change point of one stored series, with the run where the new level began.
     *
     * @param first the first row of the new segment
     */
    record Found(String series, String machine, String profile, int points, ChangePoint point, HistoryRow first) {}

    private ChangeWatch() {}

    /** The change points of every stored series that {@code query} selects, in series order. */
    static List<Found> detect(HistoryStore store, HistoryQuery query, String profile, ChangePointDetector detector) {
        Map<List<String>, List<HistoryRow>> series = new LinkedHashMap<>();
        for (HistoryRow row : store.history(query)) {
            if (profile == null || profile.equals(row.profile())) {
                String name = SeriesNames.name(row.suite(), row.benchmark(), row.metric(), row.params());
                series.computeIfAbsent(List.of(name, row.machine(), row.profile()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Found> found = new ArrayList<>();
        series.forEach((key, rows) -> {
            double[] values = rows.stream().mapToDouble(HistoryRow::value).toArray();
            for (ChangePoint p : detector.detect(values)) {
                found.add(new Found(key.get(0), key.get(1), key.get(2), values.length, p, rows.get(p.index())));
            }
        });
        return found;
    }

    /**
     * The change points that begin within the last {@code recent} runs of the series that
     * {@code machine} and {@code profile} store: what the newest runs changed.
     */
    static List<Found> recent(
            HistoryStore store, String machine, String profile, int recent, ChangePointDetector detector) {
        HistoryQuery query = new HistoryQuery(null, null, null, Map.of(), null, machine, null);
        return detect(store, query, profile, detector).stream()
                .filter(f -> f.point().index() >= f.points() - recent)
                .toList();
    }
}
