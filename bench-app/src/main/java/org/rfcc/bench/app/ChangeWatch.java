package org.rfcc.bench.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.ChangePointDetector;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;

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

    private ChangeWatch() {}

    /** The change points of every stored series that {@code query} selects (and {@code profile}, when given). */
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
