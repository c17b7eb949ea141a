package org.rfcc.bench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * The history over one JDBC connection, with SQL that SQLite and PostgreSQL both speak
 * ({@code ON CONFLICT DO NOTHING}). Each run is stored in one transaction. Thread-safe.
 */
final class JdbcHistoryStore implements HistoryStore {
    /** Metrics of one result are numbered {@code result * METRIC_SLOTS + metric}, keeping both orders. */
    private static final int METRIC_SLOTS = 1_000;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<List<ThresholdCheck>> THRESHOLDS = new TypeReference<>() {};

    private final Connection connection;
    private final Stores.Backend backend;
    private final Map<String, Long> seriesIds = new HashMap<>();

    JdbcHistoryStore(Connection connection, Stores.Backend backend) {
        this.connection = connection;
        this.backend = backend;
    }

    @Override
    public synchronized boolean store(RunRecord run) {
        try {
            connection.setAutoCommit(false);
            try {
                boolean stored = insertRun(run);
                if (stored) {
                    insertResults(run);
                }
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                seriesIds.clear(); // ids made in the rolled-back transaction are gone
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store run " + run.runId() + ": " + e.getMessage(), e);
        }
    }

    private boolean insertRun(RunRecord run) throws SQLException {
        String sql = "INSERT INTO runs (run_id, started_at, finished_at, profile, source, git_commit, git_branch,"
                + " git_dirty, machine_fingerprint, machine_json, config_json, thresholds_json, comparison_json,"
                + " stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO NOTHING";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, run.runId());
            s.setLong(2, run.startedAt().toEpochMilli());
            s.setLong(3, run.finishedAt().toEpochMilli());
            s.setString(4, run.profile());
            s.setString(5, run.source());
            s.setString(6, run.git().commit());
            s.setString(7, run.git().branch());
            s.setBoolean(8, run.git().dirty());
            s.setString(9, run.machine().fingerprint());
            s.setString(10, Json.compact(run.machine()));
            s.setString(11, Json.compact(run.config()));
            s.setString(12, Json.compact(run.thresholds()));
            s.setString(13, run.comparison() == null ? null : Json.compact(run.comparison()));
            s.setLong(14, System.currentTimeMillis());
            return s.executeUpdate() == 1;
        }
    }

    private void insertResults(RunRecord run) throws SQLException {
        String fingerprint = run.machine().fingerprint();
        try (PreparedStatement result = connection.prepareStatement(
                        "INSERT INTO results (run_id, series_id, position, value, ci_low, ci_high) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement sample = connection.prepareStatement(
                        "INSERT INTO samples (run_id, series_id, fork, iteration, value) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement failure = connection.prepareStatement(
                        "INSERT INTO failures (run_id, position, suite, benchmark, params_json, error) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < run.results().size(); i++) {
                BenchmarkResult r = run.results().get(i);
                String params = Json.compact(r.params());
                if (r.status() == Status.FAILED) {
                    failure.setString(1, run.runId());
                    failure.setInt(2, i * METRIC_SLOTS);
                    failure.setString(3, r.suite());
                    failure.setString(4, r.benchmark());
                    failure.setString(5, params);
                    failure.setString(6, r.error());
                    failure.addBatch();
                    continue;
                }
                int j = 0;
                for (Map.Entry<String, Metric> e : r.metrics().entrySet()) {
                    Metric m = e.getValue();
                    long series = seriesId(r, params, e.getKey(), m, fingerprint, run.profile());
                    result.setString(1, run.runId());
                    result.setLong(2, series);
                    result.setInt(3, i * METRIC_SLOTS + j++);
                    result.setDouble(4, m.value());
                    result.setDouble(5, m.ci().get(0));
                    result.setDouble(6, m.ci().get(1));
                    result.addBatch();
                    for (int fork = 0; fork < m.samples().size(); fork++) {
                        List<Double> iterations = m.samples().get(fork);
                        for (int it = 0; it < iterations.size(); it++) {
                            sample.setString(1, run.runId());
                            sample.setLong(2, series);
                            sample.setInt(3, fork);
                            sample.setInt(4, it);
                            sample.setDouble(5, iterations.get(it));
                            sample.addBatch();
                        }
                    }
                }
            }
            failure.executeBatch();
            result.executeBatch();
            sample.executeBatch();
        }
    }

    private long seriesId(BenchmarkResult r, String params, String metric, Metric m, String fingerprint, String profile)
            throws SQLException {
        String key = String.join("\u0000", r.suite(), r.benchmark(), params, metric, fingerprint, profile);
        Long cached = seriesIds.get(key);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO series (suite, benchmark, params_json,"
                                + " metric, unit, direction, machine_fingerprint, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (suite, benchmark, params_json, metric, machine_fingerprint, profile) DO NOTHING");
                PreparedStatement select = connection.prepareStatement(
                        "SELECT series_id FROM series WHERE suite = ?"
                                + " AND benchmark = ? AND params_json = ? AND metric = ? AND machine_fingerprint = ? AND profile = ?")) {
            String[] values = {
                r.suite(),
                r.benchmark(),
                params,
                metric,
                m.unit(),
                m.direction().id(),
                fingerprint,
                profile
            };
            for (int k = 0; k < values.length; k++) {
                insert.setString(k + 1, values[k]);
            }
            insert.executeUpdate();
            String[] identity = {r.suite(), r.benchmark(), params, metric, fingerprint, profile};
            for (int k = 0; k < identity.length; k++) {
                select.setString(k + 1, identity[k]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                seriesIds.put(key, id);
                return id;
            }
        }
    }

    @Override
    public synchronized Optional<RunRecord> run(String runId) {
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM runs WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Instant started = Instant.ofEpochMilli(rs.getLong("started_at"));
                Instant finished = Instant.ofEpochMilli(rs.getLong("finished_at"));
                GitInfo git =
                        new GitInfo(rs.getString("git_commit"), rs.getString("git_branch"), rs.getBoolean("git_dirty"));
                Machine machine = Json.MAPPER.readValue(rs.getString("machine_json"), Machine.class);
                Map<String, Object> config = Json.MAPPER.readValue(rs.getString("config_json"), MAP);
                List<ThresholdCheck> thresholds = Json.MAPPER.readValue(rs.getString("thresholds_json"), THRESHOLDS);
                String comparison = rs.getString("comparison_json");
                Comparison comparisonRecord =
                        comparison == null ? null : Json.MAPPER.readValue(comparison, Comparison.class);
                return Optional.of(new RunRecord(
                        RunRecord.SCHEMA,
                        runId,
                        started,
                        finished,
                        rs.getString("profile"),
                        rs.getString("source"),
                        git,
                        machine,
                        config,
                        results(runId),
                        thresholds,
                        comparisonRecord));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read run " + runId + ": " + e.getMessage(), e);
        }
    }

    private List<BenchmarkResult> results(String runId) throws SQLException, JsonProcessingException {
        Map<Long, List<List<Double>>> samples = samples(runId);
        TreeMap<Integer, BenchmarkResult> byPosition = new TreeMap<>();
        String sql = "SELECT r.position, r.series_id, s.suite, s.benchmark, s.params_json,"
                + " s.metric, s.unit, s.direction FROM results r JOIN series s ON s.series_id = r.series_id"
                + " WHERE r.run_id = ? ORDER BY r.position";
        Map<Integer, Map<String, Metric>> metrics = new LinkedHashMap<>();
        Map<Integer, String[]> heads = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int result = rs.getInt(1) / METRIC_SLOTS;
                    Metric m = new Metric(
                            rs.getString("unit"), Direction.of(rs.getString("direction")), samples.get(rs.getLong(2)));
                    metrics.computeIfAbsent(result, k -> new LinkedHashMap<>()).put(rs.getString("metric"), m);
                    heads.put(result, new String[] {
                        rs.getString("suite"), rs.getString("benchmark"), rs.getString("params_json")
                    });
                }
            }
        }
        for (Map.Entry<Integer, Map<String, Metric>> e : metrics.entrySet()) {
            String[] h = heads.get(e.getKey());
            byPosition.put(e.getKey(), BenchmarkResult.ok(h[0], h[1], Json.MAPPER.readValue(h[2], MAP), e.getValue()));
        }
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT position, suite, benchmark, params_json, error FROM failures WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byPosition.put(
                            rs.getInt(1) / METRIC_SLOTS,
                            BenchmarkResult.failed(
                                    rs.getString(2),
                                    rs.getString(3),
                                    Json.MAPPER.readValue(rs.getString(4), MAP),
                                    rs.getString(5)));
                }
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private Map<Long, List<List<Double>>> samples(String runId) throws SQLException {
        Map<Long, List<List<Double>>> out = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT series_id, fork, value FROM samples WHERE run_id = ? ORDER BY series_id, fork, iteration")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<List<Double>> forks = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    int fork = rs.getInt(2);
                    while (forks.size() <= fork) {
                        forks.add(new ArrayList<>());
                    }
                    forks.get(fork).add(rs.getDouble(3));
                }
            }
        }
        return out;
    }

    @Override
    public synchronized List<HistoryRow> history(HistoryQuery q) {
        StringBuilder sql = new StringBuilder("SELECT u.run_id, u.started_at, u.git_commit, u.git_branch, u.profile,"
                + " u.source, u.machine_fingerprint, s.suite, s.benchmark, s.params_json, s.metric, s.unit, s.direction,"
                + " r.value FROM results r JOIN runs u ON u.run_id = r.run_id JOIN series s ON s.series_id = r.series_id"
                + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "s.suite", q.suite());
        filter(sql, args, "s.benchmark", q.benchmark());
        filter(sql, args, "s.metric", q.metric());
        filter(sql, args, "u.git_branch", q.branch());
        filter(sql, args, "u.machine_fingerprint", q.machine());
        if (q.since() != null) {
            sql.append(" AND u.started_at >= ?");
            args.add(q.since().toEpochMilli());
        }
        sql.append(" ORDER BY u.started_at, u.run_id, r.position");
        List<HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> params =
                            Params.canonical(Json.MAPPER.readValue(rs.getString("params_json"), MAP));
                    if (matches(params, q.params())) {
                        rows.add(new HistoryRow(
                                rs.getString(1),
                                Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                params,
                                rs.getString(11),
                                rs.getString(12),
                                rs.getString(13),
                                rs.getDouble(14)));
                    }
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the history: " + e.getMessage(), e);
        }
        return rows;
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** Params match by canonical value, so that {@code --param ratio=4.0} finds a stored 4. */
    private static boolean matches(Map<String, Object> params, Map<String, String> wanted) {
        return wanted.entrySet().stream()
                .allMatch(w -> Params.value(w.getValue()).equals(params.get(w.getKey())));
    }

    @Override
    public synchronized int runCount() {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM runs");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count runs: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized StoreStats stats() {
        String size = backend == Stores.Backend.SQLITE
                ? "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
                : "SELECT pg_database_size(current_database())";
        try (Statement s = connection.createStatement()) {
            return new StoreStats(
                    count(s, "SELECT COUNT(*) FROM runs"),
                    count(s, "SELECT COUNT(*) FROM series"),
                    count(s, "SELECT COUNT(*) FROM samples"),
                    count(s, size));
        } catch (SQLException e) {
            throw new StoreException("cannot measure the history: " + e.getMessage(), e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public synchronized List<RunSummary> runs(Instant cutoff) {
        String sql = "SELECT run_id, started_at, profile, source, git_commit FROM runs"
                + (cutoff == null ? "" : " WHERE started_at < ?") + " ORDER BY started_at, run_id";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (cutoff != null) {
                s.setLong(1, cutoff.toEpochMilli());
            }
            List<RunSummary> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new RunSummary(
                            rs.getString(1),
                            Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list runs: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<String> latestRun(String commit, String machineFingerprint, String profile) {
        String sql = "SELECT run_id FROM runs WHERE git_commit = ? AND machine_fingerprint = ? AND profile = ?"
                + " ORDER BY started_at DESC, run_id DESC LIMIT 1";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, commit);
            s.setString(2, machineFingerprint);
            s.setString(3, profile);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up the runs of " + commit + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int delete(Collection<String> runIds) {
        try {
            connection.setAutoCommit(false);
            int deleted = 0;
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM runs WHERE run_id = ?")) {
                for (String id : runIds) {
                    s.setString(1, id);
                    deleted += s.executeUpdate();
                }
                connection.commit();
                return deleted;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot delete runs: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void backup(Path file) {
        try {
            if (backend == Stores.Backend.SQLITE) {
                try (Statement s = connection.createStatement()) {
                    s.execute("VACUUM INTO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return;
            }
            // One repeatable-read transaction: every run as it stood when the backup began.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            StringBuilder lines = new StringBuilder();
            try {
                for (RunSummary r : runs(null)) {
                    lines.append(Json.compact(run(r.runId()).orElseThrow())).append('\n');
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            AtomicFiles.write(file, lines.toString());
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot back up the history to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the history: " + e.getMessage(), e);
        }
    }
}
