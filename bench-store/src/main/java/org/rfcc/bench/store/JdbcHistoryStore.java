package org.rfcc.bench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Estimate;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.Units;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * The history over one JDBC connection, with SQL that SQLite and PostgreSQL both speak
 * ({@code ON CONFLICT DO NOTHING}). Each run is stored in one transaction; each of its results is
 * one row whose samples are packed ({@link Packing}). Thread-safe.
 */
final class JdbcHistoryStore implements HistoryStore {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Double>> SECONDS = new TypeReference<>() {};
    private static final TypeReference<List<ThresholdCheck>> THRESHOLDS = new TypeReference<>() {};
    /** Rows a PostgreSQL query fetches at a time while its rows stream by. */
    private static final int FETCH = 1_000;

    private final Connection connection;
    private final Stores.Backend backend;
    private final AlertStore alerts;
    private final TokenStore tokens;
    private final Map<String, Long> benchmarkIds = new HashMap<>();
    private final Map<String, SeriesInfo> seriesByKey = new HashMap<>();

    /** A stored series: its id and the unit and direction it was first stored with. */
    private record SeriesInfo(long id, String metric, String unit, Direction direction) {}

    /** The series a history query asks for, and, when it names a metric, each benchmark's one. */
    private record Wanted(Map<Long, SeriesInfo> byId, Map<Long, Long> byBenchmark) {}

    JdbcHistoryStore(Connection connection, Stores.Backend backend) {
        this.connection = connection;
        this.backend = backend;
        this.alerts = new JdbcAlertStore(this, connection);
        this.tokens = new JdbcTokenStore(this, connection);
    }

    @Override
    public AlertStore alerts() {
        return alerts;
    }

    @Override
    public TokenStore tokens() {
        return tokens;
    }

    @Override
    public synchronized List<BenchmarkRuns> benchmarkRuns(int newest) {
        List<BenchmarkRuns> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT b.benchmark_id, b.suite, b.benchmark,"
                        + " b.params_json, b.machine_fingerprint, b.profile, u.run_id, u.started_at FROM benchmarks b"
                        + " JOIN results r ON r.benchmark_id = b.benchmark_id AND r.part = 0"
                        + " JOIN runs u ON u.run_key = r.run_key ORDER BY b.benchmark_id, u.started_at, u.run_id");
                ResultSet rs = s.executeQuery()) {
            long current = -1;
            SeriesKey key = null;
            List<String> ids = new ArrayList<>();
            List<Instant> starts = new ArrayList<>();
            while (rs.next()) {
                if (rs.getLong(1) != current) {
                    if (key != null) {
                        out.add(newestOf(key, ids, starts, newest));
                    }
                    current = rs.getLong(1);
                    key = new SeriesKey(
                            rs.getString(2),
                            rs.getString(3),
                            Json.MAPPER.readValue(rs.getString(4), MAP),
                            "",
                            rs.getString(5),
                            rs.getString(6));
                    ids = new ArrayList<>();
                    starts = new ArrayList<>();
                }
                ids.add(rs.getString(7));
                starts.add(Instant.ofEpochMilli(rs.getLong(8)));
            }
            if (key != null) {
                out.add(newestOf(key, ids, starts, newest));
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read when the benchmarks ran: " + e.getMessage(), e);
        }
    }

    private static BenchmarkRuns newestOf(SeriesKey key, List<String> ids, List<Instant> starts, int newest) {
        int from = Math.max(0, ids.size() - newest);
        return new BenchmarkRuns(key, ids.subList(from, ids.size()), starts.subList(from, starts.size()));
    }

    @Override
    public boolean store(RunRecord run) {
        return write(run, () -> insert(run));
    }

    @Override
    public boolean replace(RunRecord run) {
        return write(run, () -> {
            boolean had = delete(run.runId());
            insert(run);
            return had;
        });
    }

    @FunctionalInterface
    private interface Write {
        boolean run() throws SQLException;
    }

    /** Runs {@code write} on {@code run} in a transaction of its own, or in the one under way. */
    private synchronized boolean write(RunRecord run, Write write) {
        return transaction(
                () -> {
                    try {
                        return write.run();
                    } catch (SQLException e) {
                        throw new StoreException("cannot store run " + run.runId() + ": " + e.getMessage(), e);
                    }
                },
                false);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return transaction(work, true);
    }

    /**
     * Runs {@code work} in a transaction of its own, or inside the one under way: then, when
     * {@code savepoint}, to a savepoint of its own that a failure rolls back to, the work before
     * it kept (a file of an import whose other files go in).
     */
    private <T> T transaction(Supplier<T> work, boolean savepoint) {
        try {
            if (!connection.getAutoCommit()) {
                if (!savepoint) {
                    return work.get(); // part of the transaction under way
                }
                Savepoint mark = connection.setSavepoint();
                try {
                    T outcome = work.get();
                    connection.releaseSavepoint(mark);
                    return outcome;
                } catch (RuntimeException e) {
                    connection.rollback(mark);
                    benchmarkIds.clear(); // ids made after the savepoint are gone
                    seriesByKey.clear();
                    throw e;
                }
            }
            connection.setAutoCommit(false);
            try {
                T outcome = work.get();
                connection.commit();
                return outcome;
            } catch (RuntimeException e) {
                connection.rollback();
                benchmarkIds.clear(); // ids made in the rolled-back transaction are gone
                seriesByKey.clear();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot commit to the history: " + e.getMessage(), e);
        }
    }

    /** Inserts {@code run}; false when a run with its id is stored already. */
    private boolean insert(RunRecord run) throws SQLException {
        Long key = insertRun(run);
        if (key != null) {
            insertResults(run, key);
        }
        return key != null;
    }

    private boolean delete(String runId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM runs WHERE run_id = ?")) {
            s.setString(1, runId);
            return s.executeUpdate() > 0;
        }
    }

    /** The new run's key, or null when a run with its id is stored already. */
    private Long insertRun(RunRecord run) throws SQLException {
        String sql = "INSERT INTO runs (run_id, started_at, finished_at, profile, source, git_commit, git_branch,"
                + " git_dirty, git_message, git_author, git_committed_at, machine_fingerprint, machine_json,"
                + " config_json, thresholds_json, comparison_json, stored_at, plan_seconds_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO NOTHING";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            GitInfo git = run.git();
            s.setString(1, run.runId());
            s.setLong(2, run.startedAt().toEpochMilli());
            s.setLong(3, run.finishedAt().toEpochMilli());
            s.setString(4, run.profile());
            s.setString(5, run.source());
            s.setString(6, git.commit());
            s.setString(7, git.branch());
            s.setBoolean(8, git.dirty());
            s.setString(9, git.message());
            s.setString(10, git.author());
            s.setObject(11, git.committedAt() == null ? null : git.committedAt().toEpochMilli(), Types.BIGINT);
            s.setString(12, run.machine().fingerprint());
            s.setString(13, Json.compact(run.machine()));
            s.setString(14, Json.compact(run.config()));
            s.setString(15, Json.compact(run.thresholds()));
            s.setString(16, run.comparison() == null ? null : Json.compact(run.comparison()));
            s.setLong(17, System.currentTimeMillis());
            s.setString(18, run.planSeconds().isEmpty() ? null : Json.compact(run.planSeconds()));
            if (s.executeUpdate() != 1) {
                return null;
            }
        }
        return runKey(run.runId());
    }

    private Long runKey(String runId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT run_key FROM runs WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private void insertResults(RunRecord run, long key) throws SQLException {
        String fingerprint = run.machine().fingerprint();
        try (PreparedStatement result = connection.prepareStatement(Packing.INSERT);
                PreparedStatement failure = connection.prepareStatement(
                        "INSERT INTO failures (run_key, position, suite, benchmark, params_json, error) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < run.results().size(); i++) {
                BenchmarkResult r = run.results().get(i);
                String params = Json.compact(r.params());
                if (r.status() == Status.FAILED) {
                    failure.setLong(1, key);
                    failure.setInt(2, i);
                    failure.setString(3, r.suite());
                    failure.setString(4, r.benchmark());
                    failure.setString(5, params);
                    failure.setString(6, r.error());
                    failure.addBatch();
                    continue;
                }
                long benchmark = benchmarkId(r, params, fingerprint, run.profile());
                List<Packing.Packed> packed = new ArrayList<>();
                for (Map.Entry<String, Metric> e : r.metrics().entrySet()) {
                    Metric m = e.getValue();
                    SeriesInfo series = series(benchmark, r, e.getKey(), m);
                    packed.add(new Packing.Packed(
                            series.id(), m.unit().equals(series.unit()) ? null : m.unit(), m.samples()));
                }
                Packing.addRows(result, benchmark, key, i, packed);
            }
            failure.executeBatch();
            result.executeBatch();
        }
    }

    private long benchmarkId(BenchmarkResult r, String params, String fingerprint, String profile) throws SQLException {
        String[] identity = {r.suite(), r.benchmark(), params, fingerprint, profile};
        String key = String.join("\u0000", identity);
        Long cached = benchmarkIds.get(key);
        if (cached != null) {
            return cached;
        }
        String where =
                " WHERE suite = ? AND benchmark = ? AND params_json = ? AND machine_fingerprint = ? AND profile = ?";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO benchmarks (suite, benchmark,"
                        + " params_json, machine_fingerprint, profile) VALUES (?, ?, ?, ?, ?) ON CONFLICT (suite,"
                        + " benchmark, params_json, machine_fingerprint, profile) DO NOTHING");
                PreparedStatement select = connection.prepareStatement("SELECT benchmark_id FROM benchmarks" + where)) {
            for (int k = 0; k < identity.length; k++) {
                insert.setString(k + 1, identity[k]);
                select.setString(k + 1, identity[k]);
            }
            insert.executeUpdate();
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                benchmarkIds.put(key, id);
                return id;
            }
        }
    }

    /**
     * The series of {@code metric}, made when new. A series keeps the unit and direction it was
     * first stored with: a later run may give it in another unit that converts ({@code ops/ms}
     * for {@code ops/s}: the packed samples keep their own), never another direction or a unit
     * that does not convert, unless no run holds the series any more.
     */
    private SeriesInfo series(long benchmark, BenchmarkResult r, String metric, Metric m) throws SQLException {
        String key = benchmark + "\u0000" + metric;
        SeriesInfo s = seriesByKey.get(key);
        if (s == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO series (benchmark_id, metric, unit, direction) VALUES (?, ?, ?, ?)"
                                    + " ON CONFLICT (benchmark_id, metric) DO NOTHING");
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT series_id, unit, direction FROM series WHERE benchmark_id = ? AND metric = ?")) {
                insert.setLong(1, benchmark);
                insert.setString(2, metric);
                insert.setString(3, m.unit());
                insert.setString(4, m.direction().id());
                insert.executeUpdate();
                select.setLong(1, benchmark);
                select.setString(2, metric);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    s = new SeriesInfo(rs.getLong(1), metric, rs.getString(2), Direction.of(rs.getString(3)));
                }
            }
        }
        if (s.direction() != m.direction() || !Units.convertible(m.unit(), s.unit())) {
            s = adopt(s, r, metric, m);
        }
        seriesByKey.put(key, s);
        return s;
    }

    /** Gives an empty series the unit and direction of {@code m}; refuses when runs still hold it. */
    private SeriesInfo adopt(SeriesInfo s, BenchmarkResult r, String metric, Metric m) throws SQLException {
        try (PreparedStatement held = connection.prepareStatement("SELECT COUNT(*) FROM results r JOIN series s"
                + " ON s.benchmark_id = r.benchmark_id WHERE s.series_id = ?")) {
            held.setLong(1, s.id());
            try (ResultSet rs = held.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    String was = s.direction() != m.direction()
                            ? s.direction().id() + ", this run has it "
                                    + m.direction().id()
                            : "in " + s.unit() + ", this run has it in " + m.unit() + ", which does not convert";
                    throw new StoreException("series " + r.id() + "/" + metric + " is stored " + was
                            + "; name the metric apart, or remove the runs that hold it");
                }
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE series SET unit = ?, direction = ? WHERE series_id = ?")) {
            update.setString(1, m.unit());
            update.setString(2, m.direction().id());
            update.setLong(3, s.id());
            update.executeUpdate();
        }
        return new SeriesInfo(s.id(), metric, m.unit(), m.direction());
    }

    @Override
    public synchronized Optional<RunRecord> run(String runId) {
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM runs WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Object committed = rs.getObject("git_committed_at");
                GitInfo git = new GitInfo(
                        rs.getString("git_commit"),
                        rs.getString("git_branch"),
                        rs.getBoolean("git_dirty"),
                        rs.getString("git_message"),
                        rs.getString("git_author"),
                        committed == null ? null : Instant.ofEpochMilli(((Number) committed).longValue()));
                Machine machine = Json.MAPPER.readValue(rs.getString("machine_json"), Machine.class);
                Map<String, Object> config = Json.MAPPER.readValue(rs.getString("config_json"), MAP);
                List<ThresholdCheck> thresholds = Json.MAPPER.readValue(rs.getString("thresholds_json"), THRESHOLDS);
                String comparison = rs.getString("comparison_json");
                Comparison comparisonRecord =
                        comparison == null ? null : Json.MAPPER.readValue(comparison, Comparison.class);
                return Optional.of(new RunRecord(
                                RunRecord.SCHEMA,
                                runId,
                                Instant.ofEpochMilli(rs.getLong("started_at")),
                                Instant.ofEpochMilli(rs.getLong("finished_at")),
                                rs.getString("profile"),
                                rs.getString("source"),
                                git,
                                machine,
                                config,
                                results(rs.getLong("run_key")),
                                thresholds,
                                comparisonRecord)
                        .withPlanSeconds(planSeconds(rs.getString("plan_seconds_json"))));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read run " + runId + ": " + e.getMessage(), e);
        }
    }

    private List<BenchmarkResult> results(long key) throws SQLException, JsonProcessingException {
        Map<Long, SeriesInfo> series = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT s.series_id, s.metric, s.unit, s.direction"
                + " FROM series s JOIN results r ON r.benchmark_id = s.benchmark_id WHERE r.run_key = ?")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    series.put(
                            rs.getLong(1),
                            new SeriesInfo(
                                    rs.getLong(1), rs.getString(2), rs.getString(3), Direction.of(rs.getString(4))));
                }
            }
        }
        TreeMap<Integer, BenchmarkResult> byPosition = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT r.position, b.suite, b.benchmark,"
                + " b.params_json, r.packed FROM results r JOIN benchmarks b ON b.benchmark_id = r.benchmark_id"
                + " WHERE r.run_key = ? ORDER BY r.position, r.part")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                Map<Integer, Map<String, Metric>> metrics = new LinkedHashMap<>();
                Map<Integer, String[]> heads = new HashMap<>();
                while (rs.next()) {
                    int position = rs.getInt(1);
                    heads.putIfAbsent(position, new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                    Map<String, Metric> of = metrics.computeIfAbsent(position, k -> new LinkedHashMap<>());
                    for (Packing.Packed p : Packing.unpack(rs.getBytes(5))) {
                        SeriesInfo info = series.get(p.seriesId());
                        String unit = p.unit() == null ? info.unit() : p.unit();
                        of.put(info.metric(), new Metric(unit, info.direction(), p.samples()));
                    }
                }
                for (Map.Entry<Integer, Map<String, Metric>> e : metrics.entrySet()) {
                    String[] h = heads.get(e.getKey());
                    byPosition.put(
                            e.getKey(), BenchmarkResult.ok(h[0], h[1], Json.MAPPER.readValue(h[2], MAP), e.getValue()));
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT position, suite, benchmark, params_json, error FROM failures WHERE run_key = ?")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byPosition.put(
                            rs.getInt(1),
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

    @Override
    public synchronized void history(HistoryQuery q, Consumer<HistoryRow> sink) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        filter(where, args, "b.suite", q.suite());
        filter(where, args, "b.benchmark", q.benchmark());
        filter(where, args, "b.machine_fingerprint", q.machine());
        history(q, where, args, sink);
    }

    @Override
    public synchronized List<StoredSeries> series() {
        return series("", List.of());
    }

    @Override
    public synchronized Optional<StoredSeries> series(long id) {
        return series(" AND s.series_id = ?", List.of(id)).stream().findFirst();
    }

    private List<StoredSeries> series(String where, List<Object> args) {
        String sql = "SELECT s.series_id, b.suite, b.benchmark, b.params_json, s.metric, b.machine_fingerprint,"
                + " b.profile, s.unit, s.direction FROM series s JOIN benchmarks b ON b.benchmark_id = s.benchmark_id"
                + " WHERE 1 = 1" + where + " ORDER BY s.series_id";
        List<StoredSeries> out = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, args);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                SeriesKey key = new SeriesKey(
                        rs.getString(2),
                        rs.getString(3),
                        Json.MAPPER.readValue(rs.getString(4), MAP),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7));
                out.add(new StoredSeries(rs.getLong(1), key, rs.getString(8), rs.getString(9)));
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the series: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<HistoryRow> points(long seriesId) {
        Optional<StoredSeries> series = series(seriesId);
        if (series.isEmpty()) {
            return List.of();
        }
        SeriesKey key = series.get().key();
        List<HistoryRow> rows = new ArrayList<>();
        // the series' own benchmark (suite, benchmark, params, machine and profile) and metric: a key seek
        history(
                new HistoryQuery(null, null, key.metric(), Map.of(), null, null, null),
                " AND b.benchmark_id = (SELECT benchmark_id FROM series WHERE series_id = ?)",
                List.of(seriesId),
                rows::add);
        return rows;
    }

    private void history(HistoryQuery q, CharSequence where, List<Object> args, Consumer<HistoryRow> sink) {
        try {
            Wanted series = series(where, args, q.metric());
            if (series.byId().isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder();
            List<Object> rowArgs = new ArrayList<>();
            if (q.metric() == null) {
                rows(sql, rowArgs, q, where, args, null);
            } else {
                // the rows of several metrics, then the metric's own: each a seek in the results' key, where
                // "series_id <= 0 OR series_id = s.series_id" reads every row of the benchmark (SQLite 3.50)
                rows(sql, rowArgs, q, where, args, "<= " + Packing.ALL_METRICS);
                sql.append(" UNION ALL ");
                rows(sql, rowArgs, q, where, args, "= s.series_id");
            }
            sql.append(" ORDER BY 5, 4, 14, 15"); // started_at, run_id, position, part
            streaming(() -> {
                try (PreparedStatement s = prepare(sql.toString(), rowArgs);
                        ResultSet rs = s.executeQuery()) {
                    new RowReader(series, q, sink).readAll(rs);
                }
            });
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the history: " + e.getMessage(), e);
        }
    }

    /**
     * Appends to {@code sql} the select of {@link #history}'s rows; when {@code series} is not null, those of the
     * query's metric whose series id is {@code series} (a condition on {@code r.series_id}).
     */
    private static void rows(
            StringBuilder sql,
            List<Object> rowArgs,
            HistoryQuery q,
            CharSequence where,
            List<Object> args,
            String series) {
        sql.append("SELECT u.run_key, r.benchmark_id, r.packed, u.run_id, u.started_at, u.git_commit, u.git_branch,"
                + " u.profile, u.source, u.machine_fingerprint, b.suite, b.benchmark, b.params_json, r.position, r.part"
                + " FROM results r JOIN runs u ON u.run_key = r.run_key"
                + " JOIN benchmarks b ON b.benchmark_id = r.benchmark_id");
        if (series != null) {
            // a metric as a join, not "IN (SELECT …)": SQLite 3.50 then drives the query from every
            // result of that metric's benchmarks, 50 times slower on a long history
            sql.append(" JOIN series s ON s.benchmark_id = r.benchmark_id AND s.metric = ? AND r.series_id ")
                    .append(series);
            rowArgs.add(q.metric());
        }
        sql.append(" WHERE 1 = 1").append(where);
        rowArgs.addAll(args);
        filter(sql, rowArgs, "u.git_branch", q.branch());
        if (q.since() != null) {
            sql.append(" AND u.started_at >= ?");
            rowArgs.add(q.since().toEpochMilli());
        }
    }

    /** The series of the benchmarks that {@code where} selects, with {@code metric} when it is not null. */
    private Wanted series(CharSequence where, List<Object> args, String metric) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT s.series_id, s.metric, s.unit, s.direction, s.benchmark_id"
                        + " FROM series s"
                        + " JOIN benchmarks b ON b.benchmark_id = s.benchmark_id WHERE 1 = 1")
                .append(where);
        List<Object> all = new ArrayList<>(args);
        filter(sql, all, "s.metric", metric);
        Wanted wanted = new Wanted(new HashMap<>(), new HashMap<>());
        try (PreparedStatement s = prepare(sql.toString(), all);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                SeriesInfo info =
                        new SeriesInfo(rs.getLong(1), rs.getString(2), rs.getString(3), Direction.of(rs.getString(4)));
                wanted.byId().put(info.id(), info);
                wanted.byBenchmark().put(rs.getLong(5), info.id());
            }
        }
        return wanted;
    }

    /**
     * Turns the rows of a history query into {@link HistoryRow}s: one per metric the query asks
     * for, in the series' unit. A run's and a benchmark's columns are read once, not on every row
     * (the rows of one run come together); when the query names one metric, only that metric's
     * samples are unpacked.
     */
    private static final class RowReader {
        private final Wanted series;
        private final HistoryQuery query;
        private final Consumer<HistoryRow> sink;
        private final Map<Long, Bench> benchmarks = new HashMap<>();
        private long runKey = -1;
        private Run run;

        /** The columns of a row's run. */
        private record Run(
                String id,
                Instant startedAt,
                String commit,
                String branch,
                String profile,
                String source,
                String machine) {}

        /** The columns of a row's benchmark. */
        private record Bench(String suite, String benchmark, Map<String, Object> params) {}

        RowReader(Wanted series, HistoryQuery query, Consumer<HistoryRow> sink) {
            this.series = series;
            this.query = query;
            this.sink = sink;
        }

        void readAll(ResultSet rs) throws SQLException, JsonProcessingException {
            while (rs.next()) {
                long benchmarkId = rs.getLong(2);
                Bench benchmark = benchmarks.get(benchmarkId);
                if (benchmark == null) {
                    benchmark = new Bench(
                            rs.getString(11),
                            rs.getString(12),
                            Params.canonical(Json.MAPPER.readValue(rs.getString(13), MAP)));
                    benchmarks.put(benchmarkId, benchmark);
                }
                if (!matches(benchmark.params(), query.params())) {
                    continue;
                }
                if (rs.getLong(1) != runKey) {
                    runKey = rs.getLong(1);
                    run = new Run(
                            rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5)),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10));
                }
                for (Packing.Packed p : metrics(rs.getBytes(3), benchmarkId)) {
                    SeriesInfo info = series.byId().get(p.seriesId());
                    if (info == null) {
                        continue; // a metric the query does not ask for
                    }
                    double value = Estimate.valueOf(p.samples());
                    if (p.unit() != null) {
                        value *= Units.factor(p.unit(), info.unit()).orElseThrow();
                    }
                    sink.accept(new HistoryRow(
                            run.id(),
                            run.startedAt(),
                            run.commit(),
                            run.branch(),
                            run.profile(),
                            run.source(),
                            run.machine(),
                            benchmark.suite(),
                            benchmark.benchmark(),
                            benchmark.params(),
                            info.metric(),
                            info.unit(),
                            info.direction().id(),
                            value));
                }
            }
        }

        private List<Packing.Packed> metrics(byte[] packed, long benchmarkId) {
            if (query.metric() == null) {
                return Packing.unpack(packed);
            }
            Packing.Packed one = Packing.find(packed, series.byBenchmark().get(benchmarkId));
            return one == null ? List.of() : List.of(one); // a part, or a run, without it
        }
    }

    /** A query whose rows stream: PostgreSQL's driver fetches them in pages only inside a transaction. */
    private void streaming(SqlWork work) throws SQLException, JsonProcessingException {
        if (backend == Stores.Backend.SQLITE || !connection.getAutoCommit()) {
            work.run();
            return;
        }
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException, JsonProcessingException;
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        s.setFetchSize(FETCH);
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
        return s;
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
    public synchronized void replaceChanges(SeriesKey series, List<StoredChange> changes) {
        String key = " suite = ? AND benchmark = ? AND params_json = ? AND metric = ? AND machine_fingerprint = ?"
                + " AND profile = ?";
        Object[] identity = {
            series.suite(),
            series.benchmark(),
            Json.compact(series.params()),
            series.metric(),
            series.machine(),
            series.profile()
        };
        inTransaction(() -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM change_points WHERE" + key);
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO change_points (suite,"
                            + " benchmark, params_json, metric, machine_fingerprint, profile, run_key, state,"
                            + " before_mean, after_mean, change_pct, change_low_pct, change_high_pct, p_value,"
                            + " detected_at) SELECT ?, ?, ?, ?, ?, ?, run_key, ?, ?, ?, ?, ?, ?, ?, ? FROM runs"
                            + " WHERE run_id = ?")) {
                for (int k = 0; k < identity.length; k++) {
                    delete.setObject(k + 1, identity[k]);
                    insert.setObject(k + 1, identity[k]);
                }
                delete.executeUpdate();
                long now = System.currentTimeMillis();
                for (StoredChange c : changes) {
                    insert.setString(7, c.state());
                    insert.setDouble(8, c.beforeMean());
                    insert.setDouble(9, c.afterMean());
                    setFinite(insert, 10, c.changePct());
                    setFinite(insert, 11, c.changeLowPct());
                    setFinite(insert, 12, c.changeHighPct());
                    insert.setDouble(13, c.pValue());
                    insert.setLong(14, now);
                    insert.setString(15, c.runId());
                    insert.addBatch();
                }
                insert.executeBatch();
                return null;
            } catch (SQLException e) {
                throw new StoreException("cannot store the change points of " + series + ": " + e.getMessage(), e);
            }
        });
    }

    /** A double, or NULL for NaN and infinities, which not every backend stores. */
    private static void setFinite(PreparedStatement s, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            s.setDouble(index, value);
        } else {
            s.setNull(index, java.sql.Types.DOUBLE);
        }
    }

    @Override
    public synchronized List<StoredChange> changes(HistoryQuery query) {
        StringBuilder sql = new StringBuilder("SELECT c.suite, c.benchmark, c.params_json, c.metric,"
                + " c.machine_fingerprint, c.profile, r.run_id, r.git_commit, r.started_at, c.state, c.before_mean,"
                + " c.after_mean, c.change_pct, c.change_low_pct, c.change_high_pct, c.p_value FROM change_points c"
                + " JOIN runs r ON r.run_key = c.run_key WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "c.suite", query.suite());
        filter(sql, args, "c.benchmark", query.benchmark());
        filter(sql, args, "c.metric", query.metric());
        filter(sql, args, "c.machine_fingerprint", query.machine());
        sql.append(" ORDER BY c.suite, c.benchmark, c.params_json, c.metric, c.machine_fingerprint, c.profile,"
                + " r.started_at, r.run_id");
        List<StoredChange> out = new ArrayList<>();
        try (PreparedStatement s = prepare(sql.toString(), args);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> params = Params.canonical(Json.MAPPER.readValue(rs.getString(3), MAP));
                if (!matches(params, query.params())) {
                    continue;
                }
                SeriesKey series = new SeriesKey(
                        rs.getString(1), rs.getString(2), params, rs.getString(4), rs.getString(5), rs.getString(6));
                out.add(new StoredChange(
                        series,
                        rs.getString(7),
                        rs.getString(8),
                        Instant.ofEpochMilli(rs.getLong(9)),
                        rs.getString(10),
                        rs.getDouble(11),
                        rs.getDouble(12),
                        nanIfNull(rs, 13),
                        nanIfNull(rs, 14),
                        nanIfNull(rs, 15),
                        rs.getDouble(16)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the stored change points: " + e.getMessage(), e);
        }
        return out;
    }

    private static double nanIfNull(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
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
                    count(s, "SELECT COALESCE(SUM(samples), 0) FROM results"),
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
    public synchronized Map<String, Double> planSeconds(String profile, String machineFingerprint) {
        String sql = "SELECT plan_seconds_json FROM runs WHERE profile = ? AND plan_seconds_json IS NOT NULL"
                + " ORDER BY CASE WHEN machine_fingerprint = ? THEN 0 ELSE 1 END, started_at DESC LIMIT 50";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, profile);
            s.setString(2, machineFingerprint);
            Map<String, Double> out = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    planSeconds(rs.getString(1)).forEach(out::putIfAbsent);
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the benchmarks' stored durations: " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> planSeconds(String json) throws JsonProcessingException {
        return json == null ? Map.of() : Json.MAPPER.readValue(json, SECONDS);
    }

    @Override
    public synchronized List<RunSummary> runs(Instant cutoff) {
        String sql = "SELECT run_id, started_at, profile, source, git_commit, git_branch, machine_fingerprint FROM runs"
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
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list runs: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<String> latestRun(String commit, String machineFingerprint, String profile) {
        StringBuilder sql = new StringBuilder("SELECT run_id FROM runs WHERE git_commit = ?");
        List<Object> args = new ArrayList<>(List.of(commit));
        filter(sql, args, "machine_fingerprint", machineFingerprint);
        filter(sql, args, "profile", profile);
        sql.append(" ORDER BY started_at DESC, run_id DESC LIMIT 1");
        try (PreparedStatement s = prepare(sql.toString(), args)) {
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up the runs of " + commit + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int delete(Collection<String> runIds) {
        return inTransaction(() -> {
            int deleted = 0;
            for (String id : runIds) {
                try {
                    deleted += delete(id) ? 1 : 0;
                } catch (SQLException e) {
                    throw new StoreException("cannot delete runs: " + e.getMessage(), e);
                }
            }
            return deleted;
        });
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
