package org.rfcc.bench.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.ChangePointDetector;
import org.rfcc.bench.stats.SeriesCsv;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;

/** {@code history} and {@code changepoints}: the stored results, and where series shifted. */
public final class Histories {
    private final Settings settings;

    public Histories(Settings settings) {
        this.settings = settings;
    }

    /**
     * The instant {@code text} names: a date ({@code 2026-11-01}, midnight UTC), an instant
     * ({@code 2026-11-01T10:00:00Z}) or a duration back from {@code now} ({@code 30d}, {@code 12h}).
     */
    public static Instant since(String text, Instant now) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{1,6}[dh]")) {
                long n = Long.parseLong(text.substring(0, text.length() - 1));
                return now.minus(text.endsWith("d") ? Duration.ofDays(n) : Duration.ofHours(n));
            }
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserException("--since '" + text
                    + "' is not a date (2026-11-01), an instant (2026-11-01T10:00:00Z) or a duration (30d, 12h)");
        }
    }

    /** One row per (run, series) that {@code query} selects, oldest run first. */
    public List<HistoryRow> rows(HistoryQuery query) {
        try (HistoryStore store = settings.openStore()) {
            return store.history(query);
        }
    }

    /** Hands {@code sink} the rows of {@link #rows} one at a time, as they are read. */
    public void each(HistoryQuery query, Consumer<HistoryRow> sink) {
        try (HistoryStore store = settings.openStore()) {
            store.history(query, sink);
        }
    }

    /** The change points of the stored series that {@code query} and {@code profile} (when not null) select. */
    public List<ChangeWatch.Found> changePoints(HistoryQuery query, String profile, ChangePointDetector detector) {
        try (HistoryStore store = settings.openStore()) {
            return ChangeWatch.detect(store, query, profile, detector, Configs.alerts(settings));
        }
    }

    /**
     * The change points of each series in {@code csv} (CONTRACT.md, "Series input"), by series name ("" for a file of
     * one unnamed series): those {@code detector} confirms, and a suspected one where the newest points left the level.
     */
    public static Map<String, List<ChangePoint>> changePoints(Path csv, ChangePointDetector detector) {
        Map<String, double[]> series;
        try {
            series = SeriesCsv.read(csv);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Map<String, List<ChangePoint>> out = new LinkedHashMap<>();
        series.forEach((name, values) -> out.put(name, ChangeWatch.withSuspect(values, detector, series.size(), 0)));
        return out;
    }
}
