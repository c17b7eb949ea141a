package org.rfcc.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3.1, the same on SQLite and PostgreSQL: moves the history from the tables of
 * version 2 (renamed {@code *_v2} by {@code V3__packed_results.sql}) into those of version 3,
 * every sample kept bit for bit, each result's samples packed into one row ({@link Packing}).
 * Runs keep their order, results their positions and metrics their order within a result; a
 * result's metrics were numbered {@code result * 1000 + metric} in version 2.
 */
final class PackedResultsMigration extends StoreMigration {
    /** Version 2 numbered a result's metrics {@code result * SLOTS + metric}. */
    private static final int SLOTS = 1_000;
    /** Rows fetched, and results written, at a time. */
    private static final int BATCH = 5_000;

    PackedResultsMigration() {
        super("3.1", "packed results");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, Long> runs = runs(c);
        Map<Long, long[]> series = series(c); // old series id -> {new benchmark id, new series id}
        results(c, runs, series);
        failures(c, runs);
    }

    /** Copies the runs, oldest first; returns run id -> run key. */
    private static Map<String, Long> runs(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO runs (run_id, started_at, finished_at, profile, source, git_commit,"
                    + " git_branch, git_dirty, machine_fingerprint, machine_json, config_json, thresholds_json,"
                    + " comparison_json, stored_at) SELECT run_id, started_at, finished_at, profile, source,"
                    + " git_commit, git_branch, git_dirty, machine_fingerprint, machine_json, config_json,"
                    + " thresholds_json, comparison_json, stored_at FROM runs_v2 ORDER BY started_at, run_id");
        }
        Map<String, Long> keys = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT run_id, run_key FROM runs")) {
            while (rs.next()) {
                keys.put(rs.getString(1), rs.getLong(2));
            }
        }
        return keys;
    }

    private static Map<Long, long[]> series(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO benchmarks (suite, benchmark, params_json, machine_fingerprint, profile)"
                    + " SELECT DISTINCT suite, benchmark, params_json, machine_fingerprint, profile FROM series_v2");
            s.executeUpdate("INSERT INTO series (benchmark_id, metric, unit, direction) SELECT b.benchmark_id,"
                    + " o.metric, o.unit, o.direction FROM series_v2 o JOIN benchmarks b ON b.suite = o.suite"
                    + " AND b.benchmark = o.benchmark AND b.params_json = o.params_json"
                    + " AND b.machine_fingerprint = o.machine_fingerprint AND b.profile = o.profile");
        }
        Map<Long, long[]> ids = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT o.series_id, b.benchmark_id, n.series_id FROM series_v2 o"
                        + " JOIN benchmarks b ON b.suite = o.suite AND b.benchmark = o.benchmark"
                        + " AND b.params_json = o.params_json AND b.machine_fingerprint = o.machine_fingerprint"
                        + " AND b.profile = o.profile JOIN series n ON n.benchmark_id = b.benchmark_id"
                        + " AND n.metric = o.metric")) {
            while (rs.next()) {
                ids.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return ids;
    }

    /** One result of a run being gathered from the stream of its samples. */
    private static final class Gathered {
        final long runKey;
        final int position;
        final long benchmarkId;
        final List<Packing.Packed> metrics = new ArrayList<>();

        Gathered(long runKey, int position, long benchmarkId) {
            this.runKey = runKey;
            this.position = position;
            this.benchmarkId = benchmarkId;
        }
    }

    private static void results(Connection c, Map<String, Long> runs, Map<Long, long[]> series) throws SQLException {
        String sql = "SELECT r.run_id, r.position, r.series_id, m.fork, m.value FROM results_v2 r"
                + " JOIN samples_v2 m ON m.run_id = r.run_id AND m.series_id = r.series_id"
                + " ORDER BY r.run_id, r.position, m.fork, m.iteration";
        try (Statement read = c.createStatement();
                PreparedStatement write = c.prepareStatement(Packing.INSERT)) {
            read.setFetchSize(BATCH);
            Gathered result = null;
            String run = null;
            int metricPosition = -1;
            List<List<Double>> forks = null;
            int pending = 0;
            try (ResultSet rs = read.executeQuery(sql)) {
                while (rs.next()) {
                    String r = rs.getString(1);
                    int position = rs.getInt(2);
                    if (!r.equals(run) || position != metricPosition) {
                        if (result != null && (!r.equals(run) || position / SLOTS != result.position)) {
                            pending += write(write, result);
                            result = null;
                            if (pending >= BATCH) {
                                write.executeBatch();
                                pending = 0;
                            }
                        }
                        long[] ids = series.get(rs.getLong(3));
                        if (result == null) {
                            result = new Gathered(runs.get(r), position / SLOTS, ids[0]);
                        }
                        forks = new ArrayList<>();
                        result.metrics.add(new Packing.Packed(ids[1], null, forks));
                        run = r;
                        metricPosition = position;
                    }
                    int fork = rs.getInt(4);
                    while (forks.size() <= fork) {
                        forks.add(new ArrayList<>());
                    }
                    forks.get(fork).add(rs.getDouble(5));
                }
            }
            if (result != null) {
                write(write, result);
            }
            write.executeBatch();
        }
    }

    private static int write(PreparedStatement write, Gathered result) throws SQLException {
        for (Packing.Packed m : result.metrics) {
            m.samples().removeIf(List::isEmpty); // a fork number version 2 skipped
        }
        return Packing.addRows(write, result.benchmarkId, result.runKey, result.position, result.metrics);
    }

    private static void failures(Connection c, Map<String, Long> runs) throws SQLException {
        try (Statement read = c.createStatement();
                ResultSet rs = read.executeQuery(
                        "SELECT run_id, position, suite, benchmark, params_json, error FROM failures_v2");
                PreparedStatement write = c.prepareStatement("INSERT INTO failures (run_key, position, suite,"
                        + " benchmark, params_json, error) VALUES (?, ?, ?, ?, ?, ?)")) {
            while (rs.next()) {
                write.setLong(1, runs.get(rs.getString(1)));
                write.setInt(2, rs.getInt(2) / SLOTS);
                for (int i = 3; i <= 6; i++) {
                    write.setString(i, rs.getString(i));
                }
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
