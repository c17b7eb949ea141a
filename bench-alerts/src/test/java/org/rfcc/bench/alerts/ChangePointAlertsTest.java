package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/** Alerts from change points: one per change of warning size in the bad direction, and none beside a standing one. */
final class ChangePointAlertsTest {
    @TempDir
    Path dir;

    private final AlertsConfig config = AlertsEndToEndTest.withChannels(AlertsConfig.defaults(), List.of("webhook"));
    private final Instant now = Instant.parse("2026-11-20T10:00:00Z");

    private static AlertRaiser.Shift shift(String benchmark, double before, double after, ChangePoint.State state) {
        SeriesKey series = new SeriesKey("org.example.Bench", benchmark, Map.of("size", 16), "score", "fp1", "jmh");
        double pct = (after - before) / before * 100;
        return new AlertRaiser.Shift(
                series,
                "run-12",
                Instant.parse("2026-10-13T02:00:00Z"),
                null,
                "ops/s",
                Direction.HIGHER_IS_BETTER,
                new ChangePoint(12, before, after, pct, pct - 3, pct + 3, 1e-9, state));
    }

    @Test
    void aConfirmedShiftOfWarningSize_opensOneAlert_andTheSameShiftAgainNone() {
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
            RunRecord run = new Runs(1).run(20, 10_000, 5_000);
            List<AlertRaiser.Shift> shifts = List.of(
                    shift("parse", 10_000, 7_500, ChangePoint.State.CONFIRMED), // 33% slower: critical
                    shift("write", 10_000, 9_500, ChangePoint.State.CONFIRMED), // 5%: below the warning threshold
                    shift("scan", 10_000, 13_000, ChangePoint.State.CONFIRMED), // faster: not a regression
                    shift("sort", 10_000, 7_000, ChangePoint.State.SUSPECTED)); // for the newest-point test

            List<StoredAlert> opened = AlertRaiser.fromChangePoints(store, shifts, run, config, now);

            assertThat(opened).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("change_point");
                assertThat(a.series().benchmark()).isEqualTo("parse");
                assertThat(a.level()).isEqualTo("critical");
                assertThat(a.runId()).isEqualTo("run-12");
                assertThat(a.changePct()).isEqualTo(-25.0);
            });
            assertThat(store.alerts().messages(opened.get(0).id())).hasSize(1);
            assertThat(AlertRaiser.fromChangePoints(store, shifts, run, config, now))
                    .isEmpty();
        }
    }
}
