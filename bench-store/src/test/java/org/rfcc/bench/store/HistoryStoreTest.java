package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;

/**
 * One suite over every back-end: SQLite always, PostgreSQL when {@code RFCC_BENCH_TEST_PG_URL}
 * names a database the tests may wipe (.ci/run starts one).
 */
final class HistoryStoreTest {
    static final String PG_ENV = "RFCC_BENCH_TEST_PG_URL";

    @TempDir
    static Path dir;

    static Stream<String> backends() {
        List<String> urls = new ArrayList<>(List.of("sqlite"));
        if (System.getenv(PG_ENV) != null) {
            urls.add("postgresql");
        }
        return urls.stream();
    }

    /** A fresh, empty store of the back-end. */
    static HistoryStore fresh(String backend) throws SQLException {
        if (backend.equals("sqlite")) {
            return Stores.open("jdbc:sqlite:" + dir.resolve(UUID.randomUUID() + "/history.db"));
        }
        String url = System.getenv(PG_ENV);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return Stores.open(url);
    }

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
                        tokensPerSecond,
                        List.of(List.of(tokensPerSecond - 1, tokensPerSecond + 1), List.of(tokensPerSecond)),
                        List.of(tokensPerSecond - 5, tokensPerSecond + 5)));
        metrics.put(
                "gc.alloc.rate.norm",
                new Metric(
                        "B/op",
                        Direction.LOWER_IS_BETTER,
                        2_987_933.6,
                        List.of(List.of(2_987_933.6)),
                        List.of(2_987_933.6, 2_987_933.6)));
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
                        "inference.max_latency_ms", 500, 320.0, true, "inference/inference_latency", Map.of())),
                null);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void store_thenRun_givesBackTheSameRecord(String backend) throws SQLException {
        try (HistoryStore store = fresh(backend)) {
            RunRecord original = run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000);
            assertThat(store.store(original)).isTrue();
            assertThat(Json.pretty(store.run("r1").orElseThrow())).isEqualTo(Json.pretty(original));
            assertThat(store.run("nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void latestRun_findsTheNewestOfCommitMachineAndProfile(String backend) throws SQLException {
        try (HistoryStore store = fresh(backend)) {
            store.store(run("old", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
            store.store(run("new", Instant.parse("2026-11-02T10:00:00Z"), "main", 9100));
            String commit = "0123456789abcdef0123456789abcdef01234567";
            assertThat(store.latestRun(commit, "fp1", "quick")).contains("new");
            assertThat(store.latestRun(commit, "fp1", "full")).isEmpty();
            assertThat(store.latestRun(commit, "other-machine", "quick")).isEmpty();
            assertThat(store.latestRun("f".repeat(40), "fp1", "quick")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void store_sameRunTwice_keepsOne(String backend) throws SQLException {
        try (HistoryStore store = fresh(backend)) {
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

    @ParameterizedTest
    @MethodSource("backends")
    void history_oneRowPerRunAndSeries_filtered(String backend) throws SQLException {
        try (HistoryStore store = fresh(backend)) {
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

    @ParameterizedTest
    @MethodSource("backends")
    void open_twice_migratesOnce(String backend) throws SQLException {
        try (HistoryStore store = fresh(backend)) {
            store.store(run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        if (backend.equals("postgresql")) {
            try (HistoryStore again = Stores.open(System.getenv(PG_ENV))) {
                assertThat(again.runCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void open_sqliteFile_persistsAcrossOpens() {
        String url = "jdbc:sqlite:" + dir.resolve("persist/history.db");
        try (HistoryStore store = Stores.open(url)) {
            store.store(run("r1", Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        try (HistoryStore store = Stores.open(url)) {
            assertThat(store.runCount()).isEqualTo(1);
        }
    }

    @Test
    void open_unsupportedUrl_saysWhatWorks() {
        assertThatThrownBy(() -> Stores.open("jdbc:mysql://localhost/x"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:sqlite:PATH or jdbc:postgresql://");
        assertThat(Stores.redact("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
    }
}
