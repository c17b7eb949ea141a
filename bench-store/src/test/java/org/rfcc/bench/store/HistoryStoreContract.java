package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

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
    void open_twice_migratesOnce() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        try (HistoryStore again = Stores.open(backend().lastUrl())) {
            assertThat(again.runCount()).isEqualTo(1);
        }
    }
}
