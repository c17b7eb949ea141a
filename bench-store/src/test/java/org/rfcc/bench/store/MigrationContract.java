package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Estimate;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.RunRecord;

/**
 * Schema version 2 on a history written by version 1: the same rows before and after, in their
 * new form (the mode of imported JMH series, canonical params, values derived from the samples),
 * and no sample lost.
 */
abstract class MigrationContract extends BackendTest {

    /** A history at schema version 1 holding what version 1 wrote, at {@code url}. */
    private static void version1(String url) throws SQLException {
        Stores.Backend backend = Stores.Backend.of(url);
        Stores.flyway(backend).dataSource(url, null, null).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            run(c, "jmh-1", "ingest", "ingest");
            run(c, "rfcc-1", "quick", "run");
            run(c, "rfcc-2", "quick", "run");
            series(
                    c,
                    1,
                    "org.example.ParseBench",
                    "parse",
                    "{\"size\":\"16\"}",
                    "score",
                    "ops/ms",
                    "higher_is_better",
                    "ingest");
            series(
                    c,
                    2,
                    "org.example.ParseBench",
                    "parse",
                    "{\"size\":\"16\"}",
                    "gc.alloc.rate.norm",
                    "B/op",
                    "lower_is_better",
                    "ingest");
            // one point written two ways by two routes: 4.0 and 4
            series(
                    c,
                    3,
                    "compression",
                    "compression_speed",
                    "{\"ratio\":4.0}",
                    "tokens_per_second",
                    "tokens/s",
                    "higher_is_better",
                    "quick");
            series(
                    c,
                    4,
                    "compression",
                    "compression_speed",
                    "{\"ratio\":4}",
                    "tokens_per_second",
                    "tokens/s",
                    "higher_is_better",
                    "quick");
            result(c, "jmh-1", 1, 0, 999, List.of(List.of(10.0, 11.0, 12.0), List.of(20.0, 21.0, 22.0)));
            result(c, "jmh-1", 2, 1, 999, List.of(List.of(48.0), List.of(48.0)));
            result(c, "rfcc-1", 3, 0, 999, List.of(List.of(100.0, 102.0, 101.0)));
            result(c, "rfcc-2", 4, 0, 999, List.of(List.of(110.0, 111.0, 109.0)));
        }
    }

    @Test
    void version2_onAVersion1History_keepsEveryRowInItsNewForm() throws SQLException {
        backend().fresh().close(); // creates the (own) database, which the test then rewinds to version 1
        String url = backend().lastUrl();
        wipe(url);
        version1(url);
        try (HistoryStore store = Stores.open(url)) {
            assertThat(store.stats().samples()).as("no sample lost").isEqualTo(14);
            List<HistoryRow> jmh =
                    store.history(new HistoryQuery("org.example.ParseBench", null, null, Map.of(), null, null, null));
            assertThat(jmh).extracting(HistoryRow::profile).containsOnly("jmh");
            assertThat(jmh).extracting(HistoryRow::params).containsOnly(Map.of("size", 16L, "mode", "thrpt"));
            assertThat(jmh.get(0).value())
                    .as("derived again from the samples, not the 999 version 1 stored")
                    .isEqualTo(Estimate.of(List.of(List.of(10.0, 11.0, 12.0), List.of(20.0, 21.0, 22.0)))
                            .value());
            RunRecord imported = store.run("jmh-1").orElseThrow();
            assertThat(imported.profile()).isEqualTo("jmh");
            List<HistoryRow> speed =
                    store.history(new HistoryQuery("compression", null, null, Map.of(), null, null, null));
            assertThat(speed)
                    .as("4.0 and 4 are one series now")
                    .extracting(HistoryRow::params)
                    .containsOnly(Map.of("ratio", 4L));
            assertThat(store.stats().series()).isEqualTo(3);
            assertThat(speed).extracting(HistoryRow::value).containsExactly(101.0, 110.0);
        }
    }

    @Test
    void version3_onAVersion2History_givesEveryRunBackAsItWas_sampleForSample() throws SQLException {
        backend().fresh().close();
        String url = backend().lastUrl();
        wipe(url);
        version1(url);
        try (Connection c = DriverManager.getConnection(url)) {
            update(c, "INSERT INTO failures VALUES ('rfcc-1', 1000, 'models', 'model_loading', '{}', 'fork died')");
        }
        Stores.flyway(Stores.Backend.of(url))
                .dataSource(url, null, null)
                .target("2")
                .load()
                .migrate();
        Map<String, List<Double>> before = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(url);
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT r.run_id, r.position, m.value FROM results r"
                        + " JOIN samples m ON m.run_id = r.run_id AND m.series_id = r.series_id"
                        + " ORDER BY r.run_id, r.position, m.fork, m.iteration")) {
            while (rs.next()) {
                before.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new java.util.ArrayList<>())
                        .add(rs.getDouble(3));
            }
        }
        Map<String, List<Double>> after = new java.util.TreeMap<>();
        try (HistoryStore store = Stores.open(url)) {
            for (RunSummary r : store.runs(null)) {
                RunRecord run = store.run(r.runId()).orElseThrow();
                for (int i = 0; i < run.results().size(); i++) {
                    int j = 0;
                    for (var m : run.results().get(i).metrics().values()) {
                        after.put(
                                r.runId() + "#" + (i * 1000 + j++),
                                m.samples().stream().flatMap(List::stream).toList());
                    }
                }
            }
            assertThat(after)
                    .as("every sample, in its run, result, metric and fork order")
                    .isEqualTo(before);
            var failed = store.run("rfcc-1").orElseThrow().results().get(1);
            assertThat(failed.error()).isEqualTo("fork died");
            assertThat(failed.benchmark()).isEqualTo("model_loading");
            assertThat(store.stats().samples()).isEqualTo(14);
        }
    }

    private static void wipe(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            for (String table : List.of(
                    "api_tokens",
                    "outbox",
                    "alert_events",
                    "alerts",
                    "change_points",
                    "samples",
                    "results",
                    "failures",
                    "series",
                    "benchmarks",
                    "runs",
                    "flyway_schema_history")) {
                c.createStatement()
                        .execute("DROP TABLE IF EXISTS " + table
                                + (url.startsWith("jdbc:postgresql") ? " CASCADE" : ""));
            }
        }
    }

    private static void run(Connection c, String id, String profile, String source) throws SQLException {
        update(
                c,
                "INSERT INTO runs VALUES (?, 1000, 2000, ?, ?, NULL, NULL, ?, 'fp', '{\"fingerprint\":\"fp\"}', '{}', '[]', NULL, 3000)",
                id,
                profile,
                source,
                false);
    }

    private static void series(
            Connection c,
            long id,
            String suite,
            String benchmark,
            String params,
            String metric,
            String unit,
            String direction,
            String profile)
            throws SQLException {
        update(
                c,
                "INSERT INTO series VALUES (?, ?, ?, ?, ?, ?, ?, 'fp', ?)",
                id,
                suite,
                benchmark,
                params,
                metric,
                unit,
                direction,
                profile);
    }

    private static void result(
            Connection c, String run, long series, int position, double value, List<List<Double>> samples)
            throws SQLException {
        update(c, "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?)", run, series, position, value, value, value);
        for (int f = 0; f < samples.size(); f++) {
            for (int i = 0; i < samples.get(f).size(); i++) {
                update(
                        c,
                        "INSERT INTO samples VALUES (?, ?, ?, ?, ?)",
                        run,
                        series,
                        f,
                        i,
                        samples.get(f).get(i));
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
        }
    }
}
