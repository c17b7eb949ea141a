package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;

/**
 * One suite over every back-end ({@link HistoryStoreTest} on SQLite, {@link HistoryStoreIT} on a
 * PostgreSQL database of its own).
 */
abstract class HistoryStoreContract extends BackendTest {
    @TempDir
    static Path dir;

    static RunRecord run(String id, Instant started, String branch, double tokensPerSecond) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 1000);
        params.put("compression_ratio", 4);
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put(
                "tokens_per_second",
                new Metric(
                        "tokens/s",
                        Direction.HIGHER_IS_BETTER,
                        List.of(List.of(tokensPerSecond - 1, tokensPerSecond + 1), List.of(tokensPerSecond))));
        metrics.put("gc.alloc.rate.norm", new Metric("B/op", Direction.LOWER_IS_BETTER, List.of(List.of(2_987_933.6))));
        List<BenchmarkResult> results = List.of(
                BenchmarkResult.ok("compression", "compression_speed", params, metrics),
                BenchmarkResult.failed("models", "model_loading", Map.of("model", "rfcc-base-8x"), "fork died"),
                BenchmarkResult.ok(
                        "models",
                        "tokenizer_speed",
                        Map.of("tokenizer", "o200k_base"),
                        Map.of("tokens_per_second", Metric.exact("tokens/s", Direction.HIGHER_IS_BETTER, 2.3e6))));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("forks", 2);
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                started,
                started.plusSeconds(60),
                "quick",
                "run",
                new GitInfo("0123456789abcdef0123456789abcdef01234567", branch, false),
                new Machine("fp1", "Linux", "AMD EPYC", 2, 25L << 30, "OpenJDK 17", List.of(), "G1", null, false),
                config,
                results,
                List.of(new ThresholdCheck(
                        "inference.max_latency_ms", 500, 320.0, true, "inference/inference_latency", Map.of(), null)),
                null);
    }

    @Test
    void store_thenRun_givesBackTheSameRecord() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            RunRecord original = run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000);
            assertThat(store.store(original)).isTrue();
            assertThat(Json.pretty(store.run("r1").orElseThrow())).isEqualTo(Json.pretty(original));
            assertThat(store.run("nope")).isEmpty();
        }
    }

    @Test
    void planSeconds_areStored_andReadNewestFirst_thisMachinesBeforeOthers() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            assertThat(store.planSeconds("quick", "fp1")).isEmpty();
            RunRecord old = run("old", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000)
                    .withPlanSeconds(
                            Map.of("compression/compression_speed[document_size=1000]", 10.0, "models/x", 3.0));
            RunRecord recent = run("new", Instant.parse("2026-11-02T10:00:00Z"), "main", 9000)
                    .withPlanSeconds(Map.of("compression/compression_speed[document_size=1000]", 12.5));
            store.store(old);
            store.store(recent);
            assertThat(Json.pretty(store.run("new").orElseThrow())).isEqualTo(Json.pretty(recent));
            assertThat(store.planSeconds("quick", "fp1"))
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("compression/compression_speed[document_size=1000]", 12.5, "models/x", 3.0));
            assertThat(store.planSeconds("quick", "another-machine"))
                    .as("another machine's times, when this one has none")
                    .containsEntry("models/x", 3.0);
            assertThat(store.planSeconds("full", "fp1")).isEmpty();
        }
    }

    @Test
    void latestRun_findsTheNewestOfCommitMachineAndProfile() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("old", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
            store.store(run("new", Instant.parse("2026-11-02T10:00:00Z"), "main", 9100));
            String commit = "0123456789abcdef0123456789abcdef01234567";
            assertThat(store.latestRun(commit, "fp1", "quick")).contains("new");
            assertThat(store.latestRun(commit, "fp1", "full")).isEmpty();
            assertThat(store.latestRun(commit, "other-machine", "quick")).isEmpty();
            assertThat(store.latestRun("f".repeat(40), "fp1", "quick")).isEmpty();
        }
    }

    @Test
    void series_listsEachWithItsId_andPointsReadOneSeriesOnly() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("old", Instant.parse("2026-10-01T10:00:00Z"), "main", 8000));
            store.store(run("new", Instant.parse("2026-11-01T10:00:00Z"), "feature", 9000));
            List<StoredSeries> series = store.series();
            assertThat(series).hasSize(3);
            StoredSeries speed = series.stream()
                    .filter(s -> s.key().metric().equals("tokens_per_second")
                            && s.key().benchmark().equals("compression_speed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(speed.key().params()).containsEntry("document_size", 1000L);
            assertThat(speed.key().machine()).isEqualTo("fp1");
            assertThat(speed.unit()).isEqualTo("tokens/s");
            assertThat(store.series(speed.id())).contains(speed);
            assertThat(store.points(speed.id())).extracting(HistoryRow::value).containsExactly(8000.0, 9000.0);
            assertThat(store.points(speed.id())).extracting(HistoryRow::branch).containsExactly("main", "feature");
            assertThat(store.series(-5)).isEmpty();
            assertThat(store.points(123_456)).isEmpty();
        }
    }

    @Test
    void tokens_keepOnlyTheHash_andRevokedOnesStayListed() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            TokenStore tokens = store.tokens();
            Instant at = Instant.parse("2026-12-01T10:00:00Z");
            assertThat(tokens.create("ci", "ab".repeat(32), at)).isTrue();
            assertThat(tokens.create("ci", "cd".repeat(32), at)).isFalse();
            assertThat(tokens.tokens()).containsExactly(new StoredToken("ci", "ab".repeat(32), at, null));
            assertThat(tokens.revoke("ci", at.plusSeconds(5))).isTrue();
            assertThat(tokens.revoke("ci", at.plusSeconds(9))).isFalse();
            assertThat(tokens.revoke("nobody", at)).isFalse();
            StoredToken revoked = tokens.tokens().get(0);
            assertThat(revoked.valid()).isFalse();
            assertThat(revoked.revokedAt()).isEqualTo(at.plusSeconds(5));
        }
    }

    @Test
    void store_sameRunTwice_keepsOne() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            RunRecord r = run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000);
            assertThat(store.store(r)).isTrue();
            assertThat(store.store(r)).isFalse();
            assertThat(store.runCount()).isEqualTo(1);
            assertThat(store.history(HistoryQuery.all())).hasSize(3);
            StoreStats stats = store.stats();
            assertThat(stats.runs()).isEqualTo(1);
            assertThat(stats.series()).isEqualTo(3);
            assertThat(stats.samples()).isEqualTo(5);
            assertThat(stats.bytes()).isPositive();
            assertThat(stats.bytesPerSample()).isEqualTo((double) stats.bytes() / 5);
        }
    }

    @Test
    void history_oneRowPerRunAndSeries_filtered() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("old", Instant.parse("2026-10-01T10:00:00Z"), "main", 8000));
            store.store(run("new", Instant.parse("2026-11-01T10:00:00Z"), "feature", 9000));
            List<HistoryRow> speed = store.history(new HistoryQuery(
                    "compression", null, "tokens_per_second", Map.of("document_size", "1000"), null, null, null));
            assertThat(speed).extracting(HistoryRow::runId).containsExactly("old", "new");
            assertThat(speed).extracting(HistoryRow::value).containsExactly(8000.0, 9000.0);
            HistoryRow row = speed.get(1);
            assertThat(row.params()).containsEntry("model", "rfcc-base-4x");
            assertThat(row.direction()).isEqualTo("higher_is_better");
            assertThat(row.commit()).hasSize(40);
            assertThat(store.history(new HistoryQuery(null, null, null, Map.of(), "feature", null, null)))
                    .hasSize(3);
            assertThat(store.history(new HistoryQuery(
                            null, null, null, Map.of(), null, null, Instant.parse("2026-10-15T00:00:00Z"))))
                    .extracting(HistoryRow::runId)
                    .containsOnly("new");
            assertThat(store.history(new HistoryQuery(null, null, "gc.alloc.rate.norm", Map.of(), null, "fp1", null)))
                    .hasSize(2);
            assertThat(store.history(new HistoryQuery(null, null, null, Map.of(), null, "other", null)))
                    .isEmpty();
        }
    }

    @Test
    void replace_storesTheNewLabels_inPlaceOfTheOld() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            RunRecord first = run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000);
            RunRecord relabelled = run("r1", Instant.parse("2026-11-01T10:00:00Z"), "release", 9000);
            assertThat(store.replace(first)).as("nothing to replace").isFalse();
            assertThat(store.replace(relabelled)).isTrue();
            assertThat(store.runCount()).isEqualTo(1);
            assertThat(store.run("r1").orElseThrow().git().branch()).isEqualTo("release");
            assertThat(store.history(HistoryQuery.all())).hasSize(3);
        }
    }

    @Test
    void changes_areKeptPerSeries_replacedWhole_andGoWithTheirRun() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
            store.store(run("r2", Instant.parse("2026-11-02T10:00:00Z"), "main", 7000));
            HistoryRow row = store.history(HistoryQuery.all()).get(0);
            SeriesKey key = SeriesKey.of(row);
            StoredChange slower =
                    new StoredChange(key, "r2", null, null, "suspected", 9000, 7000, -22.2, Double.NaN, -10.5, 1e-4);

            store.replaceChanges(
                    key,
                    List.of(
                            slower,
                            new StoredChange(key, "no-such-run", null, null, "confirmed", 1, 2, 100, 90, 110, 1e-9)));

            List<StoredChange> read = store.changes(new HistoryQuery(
                    row.suite(), row.benchmark(), row.metric(), Map.of("document_size", "1000.0"), null, null, null));
            assertThat(read).as("the change of an unknown run is left out").hasSize(1);
            StoredChange c = read.get(0);
            assertThat(c.series()).isEqualTo(key);
            assertThat(c.runId()).isEqualTo("r2");
            assertThat(c.startedAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
            assertThat(c.state()).isEqualTo("suspected");
            assertThat(c.changePct()).isEqualTo(-22.2);
            assertThat(c.changeLowPct()).isNaN();
            assertThat(c.pValue()).isEqualTo(1e-4);
            assertThat(store.changes(new HistoryQuery(null, null, "no-such-metric", Map.of(), null, null, null)))
                    .isEmpty();

            store.replaceChanges(
                    key,
                    List.of(new StoredChange(key, "r2", null, null, "confirmed", 9000, 7000, -22.2, -25, -19, 1e-12)));
            assertThat(store.changes(HistoryQuery.all()))
                    .extracting(StoredChange::state)
                    .containsExactly("confirmed");

            store.delete(List.of("r2"));
            assertThat(store.changes(HistoryQuery.all()))
                    .as("deleted with the run it begins at")
                    .isEmpty();
        }
    }

    @Test
    void inTransaction_thatFails_storesNoneOfItsRuns() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("kept", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
            assertThatThrownBy(() -> store.inTransaction(() -> {
                        store.store(run("a", Instant.parse("2026-11-02T10:00:00Z"), "main", 9100));
                        store.store(run("b", Instant.parse("2026-11-03T10:00:00Z"), "main", 9200));
                        throw new IllegalStateException("the file broke off here");
                    }))
                    .hasMessage("the file broke off here");
            assertThat(store.runs(null)).extracting(RunSummary::runId).containsExactly("kept");
            assertThat(store.store(run("a", Instant.parse("2026-11-02T10:00:00Z"), "main", 9100)))
                    .as("the ids made in the rolled-back transaction are not reused")
                    .isTrue();
            assertThat(store.history(HistoryQuery.all())).hasSize(6);
        }
    }

    @Test
    void inTransaction_nested_thatFails_undoesOnlyItsOwnWork() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.inTransaction(() -> {
                store.store(run("first", Instant.parse("2026-11-02T10:00:00Z"), "main", 9100));
                assertThatThrownBy(() -> store.inTransaction(() -> {
                            store.store(run("broken", Instant.parse("2026-11-03T10:00:00Z"), "main", 9200));
                            throw new IllegalStateException("a bad file");
                        }))
                        .hasMessage("a bad file");
                store.store(run("last", Instant.parse("2026-11-04T10:00:00Z"), "main", 9300));
                return null;
            });
            assertThat(store.runs(null)).extracting(RunSummary::runId).containsExactly("first", "last");
            assertThat(store.history(HistoryQuery.all())).hasSize(6);
        }
    }

    @Test
    void store_aSeriesInAnotherUnitThatConverts_keepsTheRunsOwn_andTheHistoryConverts() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(oneMetric("s", "ops/s", Direction.HIGHER_IS_BETTER, 5000));
            RunRecord ms = oneMetric("ms", "ops/ms", Direction.HIGHER_IS_BETTER, 5.5);
            store.store(ms);
            assertThat(Json.pretty(store.run("ms").orElseThrow()))
                    .as("the run comes back in its own unit, bit for bit")
                    .isEqualTo(Json.pretty(ms));
            assertThat(store.history(HistoryQuery.all()))
                    .extracting(HistoryRow::unit, HistoryRow::value)
                    .containsExactly(tuple("ops/s", 5000.0), tuple("ops/s", 5500.0));
        }
    }

    @Test
    void store_aSeriesInAUnitOrDirectionThatDoesNotFit_isRefused_andNothingStored() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(oneMetric("s", "ops/s", Direction.HIGHER_IS_BETTER, 5000));
            assertThatThrownBy(() -> store.store(oneMetric("op", "ms/op", Direction.HIGHER_IS_BETTER, 0.2)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("series jmh/parse/score is stored in ops/s, this run has it in ms/op,"
                            + " which does not convert");
            assertThatThrownBy(() -> store.store(oneMetric("low", "ops/s", Direction.LOWER_IS_BETTER, 5000)))
                    .hasMessageContaining("is stored higher_is_better, this run has it lower_is_better");
            assertThat(store.runCount()).isEqualTo(1);
            store.delete(List.of("s"));
            assertThat(store.store(oneMetric("op", "ms/op", Direction.LOWER_IS_BETTER, 0.2)))
                    .as("once no run holds the series, it takes the new unit and direction")
                    .isTrue();
            assertThat(store.history(HistoryQuery.all()))
                    .extracting(HistoryRow::unit, HistoryRow::direction)
                    .containsExactly(tuple("ms/op", "lower_is_better"));
        }
    }

    @Test
    void history_ofAMetricSomeRunsOfItsBenchmarkDidNotMeasure_hasTheRunsThatDid() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(oneMetric("s", "ops/s", Direction.HIGHER_IS_BETTER, 5000));
            RunRecord both = oneMetric("both", "ops/s", Direction.HIGHER_IS_BETTER, 5100);
            Map<String, Metric> metrics =
                    new LinkedHashMap<>(both.results().get(0).metrics());
            metrics.put("gc.alloc.rate.norm", Metric.exact("B/op", Direction.LOWER_IS_BETTER, 48));
            store.store(new RunRecord(
                    both.schema(),
                    both.runId(),
                    both.startedAt(),
                    both.finishedAt(),
                    both.profile(),
                    both.source(),
                    both.git(),
                    both.machine(),
                    both.config(),
                    List.of(BenchmarkResult.ok("jmh", "parse", Map.of(), metrics)),
                    List.of(),
                    null));
            assertThat(store.history(new HistoryQuery(null, null, "gc.alloc.rate.norm", Map.of(), null, null, null)))
                    .extracting(HistoryRow::runId, HistoryRow::value)
                    .containsExactly(tuple("both", 48.0));
            assertThat(store.history(new HistoryQuery(null, null, "score", Map.of(), null, null, null)))
                    .extracting(HistoryRow::runId)
                    .containsExactly("s", "both");
        }
    }

    @Test
    void aResultOfMoreMetricsThanARowHolds_readsBackWhole_inOrder_andMetricByMetric() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            RunRecord base = oneMetric("wide", "ops/s", Direction.HIGHER_IS_BETTER, 5000);
            Map<String, Metric> metrics = new LinkedHashMap<>();
            for (int m = 0; m < 100; m++) { // about 2,200 bytes: three rows of grouped metrics ...
                metrics.put("metric_" + m, Metric.exact("ms", Direction.LOWER_IS_BETTER, 1000 + m));
            }
            List<Double> samples = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                samples.add(7.0 + i % 3);
            }
            // ... and, amid them, one of its own
            metrics.put("big", new Metric("us", Direction.LOWER_IS_BETTER, List.of(samples)));
            metrics.put("metric_last", Metric.exact("ms", Direction.LOWER_IS_BETTER, 42));
            RunRecord wide = new RunRecord(
                    base.schema(),
                    base.runId(),
                    base.startedAt(),
                    base.finishedAt(),
                    base.profile(),
                    base.source(),
                    base.git(),
                    base.machine(),
                    base.config(),
                    List.of(BenchmarkResult.ok("jmh", "wide", Map.of(), metrics)),
                    List.of(),
                    null);
            store.store(wide);

            assertThat(Json.pretty(store.run("wide").orElseThrow())).isEqualTo(Json.pretty(wide));
            assertThat(store.history(HistoryQuery.all()))
                    .extracting(HistoryRow::metric)
                    .containsExactlyElementsOf(metrics.keySet());
            for (String metric : List.of("metric_0", "metric_57", "metric_99", "big", "metric_last")) {
                assertThat(store.history(new HistoryQuery(null, null, metric, Map.of(), null, null, null)))
                        .as(metric)
                        .singleElement()
                        .extracting(HistoryRow::value)
                        .isEqualTo(
                                metric.equals("big")
                                        ? 8.0
                                        : metrics.get(metric).samples().get(0).get(0));
            }
        }
    }

    private static StoredAlert alert(long id, SeriesKey series, Instant t) {
        return new StoredAlert(
                id,
                "regression",
                series,
                "open",
                "critical",
                "r31",
                t,
                "r31",
                "abc",
                t.minusSeconds(600),
                t.plusSeconds(60),
                100.0,
                130.0,
                30.0,
                22.5,
                38.0,
                1e-6,
                30,
                1,
                false,
                t.plusSeconds(61),
                t.plusSeconds(61),
                null,
                null);
    }

    @Test
    void alerts_keepTheirTransitions_andAnOutboxMessageForEachChannel_untilDelivered() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            Instant t = Instant.parse("2026-11-01T10:00:00Z");
            SeriesKey series = new SeriesKey("s", "b", Map.of("n", 4), "score", "fp1", "quick");
            StoredAlert alert = alert(0, series, t);
            long id = store.alerts()
                    .open(
                            alert,
                            new AlertEvent(t.plusSeconds(61), "opened", "rfcc-bench", null, "r31"),
                            List.of("slack", "webhook"));

            StoredAlert back = store.alerts().alert(id).orElseThrow();
            assertThat(back).isEqualTo(alert(id, series, t)); // every column back as stored
            assertThat(store.alerts().due(t)).isEmpty();
            List<OutboxMessage> due = store.alerts().due(t.plusSeconds(61));
            assertThat(due).extracting(OutboxMessage::channel).containsExactly("slack", "webhook");
            store.alerts().delivered(due.get(0).id(), t.plusSeconds(62));
            store.alerts().failed(due.get(1).id(), 1, t.plusSeconds(120), "HTTP 500");
            assertThat(store.alerts().due(t.plusSeconds(100))).isEmpty();
            assertThat(store.alerts().due(t.plusSeconds(120)))
                    .singleElement()
                    .extracting(OutboxMessage::attempts, OutboxMessage::lastError)
                    .containsExactly(1, "HTTP 500");

            store.alerts()
                    .update(
                            back.withState("acknowledged", t.plusSeconds(200)),
                            new AlertEvent(t.plusSeconds(200), "acknowledged", "ana", "looking", null),
                            List.of());
            assertThat(store.alerts().alerts("acknowledged"))
                    .extracting(StoredAlert::id)
                    .containsExactly(id);
            assertThat(store.alerts().alerts("open")).isEmpty();
            assertThat(store.alerts().events(id))
                    .extracting(AlertEvent::event, AlertEvent::by, AlertEvent::note)
                    .containsExactly(tuple("opened", "rfcc-bench", null), tuple("acknowledged", "ana", "looking"));
            assertThat(store.alerts().messages(id)).hasSize(2);
            StoredAlert unknown = new StoredAlert(
                    id + 1,
                    alert.kind(),
                    series,
                    "resolved",
                    "critical",
                    "r31",
                    t,
                    "r31",
                    null,
                    null,
                    t,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    1,
                    false,
                    t,
                    t,
                    null,
                    t);
            assertThatThrownBy(() ->
                            store.alerts().update(unknown, new AlertEvent(t, "resolved", "x", null, null), List.of()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("no alert " + (id + 1));
            assertThat(store.alerts().events(id)).hasSize(2); // the failed update recorded nothing
        }
    }

    @Test
    void latestRun_withoutMachineOrProfile_matchesAny() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
            String commit = "0123456789abcdef0123456789abcdef01234567";
            assertThat(store.latestRun(commit, null, "quick")).contains("r1");
            assertThat(store.latestRun(commit, null, null)).contains("r1");
            assertThat(store.latestRun(commit, "elsewhere", null)).isEmpty();
        }
    }

    private static RunRecord oneMetric(String id, String unit, Direction direction, double value) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z").plusSeconds(id.length());
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                at,
                at,
                "jmh",
                "run",
                GitInfo.none(),
                new Machine("fp1", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                List.of(BenchmarkResult.ok(
                        "jmh",
                        "parse",
                        Map.of(),
                        Map.of("score", new Metric(unit, direction, List.of(List.of(value)))))),
                List.of(),
                null);
    }

    @Test
    void open_twice_migratesOnce() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        try (HistoryStore again = Stores.open(backend().lastUrl())) {
            assertThat(again.runCount()).isEqualTo(1);
        }
    }
}
