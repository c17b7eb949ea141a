package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredChange;
import org.rfcc.bench.store.Stores;

final class ChangeWatchTest {
    @TempDir
    Path dir;

    /** A run of two benchmarks; {@code parse} takes {@code parseMs}, {@code format} always 50 ms with 1% noise. */
    private static RunRecord run(int i, double parseMs, Random random) {
        Instant started = Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3600L * i);
        return new RunRecord(
                RunRecord.SCHEMA,
                "run-" + i,
                started,
                started,
                "jmh",
                "run",
                null,
                new Machine("fp", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                List.of(
                        BenchmarkResult.ok("Bench", "parse", Map.of(), Map.of("score", metric(parseMs, random))),
                        BenchmarkResult.ok("Bench", "format", Map.of(), Map.of("score", metric(50, random)))),
                List.of(),
                null);
    }

    private static Metric metric(double ms, Random random) {
        return Metric.exact("ms", Direction.LOWER_IS_BETTER, ms * (1 + 0.01 * random.nextGaussian()));
    }

    @Test
    void update_storesEachTouchedSeriesChanges_confirmedAndSuspected_inPlaceOfThePrevious() {
        Random random = new Random(3);
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
            // 100 runs, past the update's window of 60: the change at run 30 leaves the window and stands as stored
            for (int i = 0; i < 100; i++) {
                RunRecord run = run(i, i < 30 ? 100 : 130, random);
                store.store(run);
                ChangeWatch.update(
                        store,
                        ChangeWatch.Touched.of(run),
                        new EDivisiveMeans(),
                        AlertsConfig.defaults(),
                        20,
                        ChangeWatch.WINDOW);
            }
            List<StoredChange> changes = store.changes(HistoryQuery.all());
            assertThat(changes).hasSize(1);
            assertThat(changes.get(0).series().benchmark()).isEqualTo("parse");
            assertThat(changes.get(0).runId()).isEqualTo("run-30");
            assertThat(changes.get(0).state()).isEqualTo("confirmed");
            assertThat(changes.get(0).changePct()).isBetween(27.0, 33.0);

            RunRecord slow = null;
            List<ChangeWatch.Found> found = List.of();
            for (int i = 100; i < 102; i++) {
                slow = run(i, 180, random);
                store.store(slow);
                found = ChangeWatch.update(
                        store,
                        ChangeWatch.Touched.of(slow),
                        new EDivisiveMeans(),
                        AlertsConfig.defaults(),
                        20,
                        ChangeWatch.WINDOW);
            }
            assertThat(found).extracting(f -> f.point().state().id()).containsExactly("suspected");
            assertThat(store.changes(HistoryQuery.all()))
                    .extracting(StoredChange::runId, StoredChange::state)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("run-30", "confirmed"),
                            org.assertj.core.groups.Tuple.tuple("run-100", "suspected"));
        }
    }
}
