package org.rfcc.bench.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Estimate;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.store.ingest.JmhReader;

/**
 * Schema version 2, the same on SQLite and PostgreSQL; no stored sample is touched.
 *
 * <ol>
 *   <li>Imported JMH runs move from profile {@code ingest} to {@value Defaults#JMH_PROFILE}, the
 *       profile of {@code run --jmh-jar}, so that both routes feed one series. A run is a JMH
 *       import when it has a primary {@code score} outside github-action-benchmark's suite.
 *   <li>Imported JMH series gain the benchmark mode as their last param, as imports now name them
 *       ({@link JmhReader#withMode}).
 *   <li>Params take their canonical form ({@link Params}): series that differed only in how a
 *       number was written ({@code 4}, {@code 4.0}, {@code "4"}) become one; where one run holds
 *       both, they stay apart rather than lose a value.
 *   <li>Every stored value and interval is derived again from its samples by {@link Estimate},
 *       the one definition that run records, reports and comparisons now share.
 * </ol>
 */
final class CanonicalSeriesMigration extends StoreMigration {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    /** Rows fetched at a time while the samples stream by. */
    private static final int FETCH = 10_000;

    CanonicalSeriesMigration() {
        super("2", "canonical series and derived values");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        jmhProfile(c);
        canonicalParams(c);
        derivedValues(c);
    }

    private static void jmhProfile(Connection c) throws SQLException {
        String imports = "SELECT r.run_id FROM results r JOIN series s ON s.series_id = r.series_id"
                + " JOIN runs u ON u.run_id = r.run_id WHERE u.source = 'ingest' AND u.profile = 'ingest'"
                + " AND s.metric = 'score' AND s.suite <> 'github-action-benchmark'";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE series SET profile = '" + Defaults.JMH_PROFILE + "' WHERE profile = 'ingest'"
                    + " AND series_id IN (SELECT series_id FROM results WHERE run_id IN (" + imports + "))");
            s.executeUpdate(
                    "UPDATE runs SET profile = '" + Defaults.JMH_PROFILE + "' WHERE run_id IN (" + imports + ")");
        }
    }

    private record Series(
            long id, String suite, String benchmark, String params, String metric, String machine, String profile) {}

    private static void canonicalParams(Connection c) throws Exception {
        List<Series> all = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT series_id, suite, benchmark, params_json, metric,"
                        + " machine_fingerprint, profile FROM series ORDER BY series_id")) {
            while (rs.next()) {
                all.add(new Series(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
            }
        }
        for (Series s : all) {
            String canonical = canonical(withMode(c, s));
            if (canonical.equals(s.params())) {
                continue;
            }
            Long target = find(c, s, canonical);
            if (target == null) {
                update(c, "UPDATE series SET params_json = ? WHERE series_id = ?", canonical, s.id());
            } else if (!shareARun(c, s.id(), target)) {
                update(c, "UPDATE results SET series_id = ? WHERE series_id = ?", target, s.id());
                update(c, "UPDATE samples SET series_id = ? WHERE series_id = ?", target, s.id());
                update(c, "DELETE FROM series WHERE series_id = ?", s.id());
            }
        }
        List<Object[]> failures = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT run_id, position, params_json FROM failures")) {
            while (rs.next()) {
                failures.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)});
            }
        }
        for (Object[] f : failures) {
            String canonical = canonical((String) f[2]);
            if (!canonical.equals(f[2])) {
                update(
                        c,
                        "UPDATE failures SET params_json = ? WHERE run_id = ? AND position = ?",
                        canonical,
                        f[0],
                        f[1]);
            }
        }
    }

    /**
     * The params of {@code s}, with the JMH mode added to an imported JMH series, as imports now
     * name them: {@code thrpt} where its primary score is higher-is-better, else {@code avgt} (the
     * stored data cannot tell avgt from single-shot or sample mode; re-import such files).
     */
    private static String withMode(Connection c, Series s) throws Exception {
        if (!s.profile().equals(Defaults.JMH_PROFILE)) {
            return s.params();
        }
        Map<String, Object> params = Json.MAPPER.readValue(s.params(), MAP);
        String direction = primaryDirection(c, s.id());
        if (direction == null) {
            return s.params();
        }
        String mode = direction.equals(Direction.HIGHER_IS_BETTER.id()) ? "thrpt" : "avgt";
        return Json.compact(JmhReader.withMode(params, mode));
    }

    /** The direction of the score of the result that series {@code id} belongs to, in any run. */
    private static String primaryDirection(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT s.direction FROM results a JOIN results b"
                + " ON b.run_id = a.run_id AND b.position / 1000 = a.position / 1000"
                + " JOIN series s ON s.series_id = b.series_id WHERE a.series_id = ? AND s.metric = 'score'")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String canonical(String paramsJson) throws Exception {
        return Json.compact(Params.canonical(Json.MAPPER.readValue(paramsJson, MAP)));
    }

    private static Long find(Connection c, Series s, String params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT series_id FROM series WHERE suite = ? AND benchmark = ?"
                + " AND params_json = ? AND metric = ? AND machine_fingerprint = ? AND profile = ?")) {
            Object[] args = {s.suite(), s.benchmark(), params, s.metric(), s.machine(), s.profile()};
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static boolean shareARun(Connection c, long a, long b) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM results x JOIN results y"
                + " ON x.run_id = y.run_id WHERE x.series_id = ? AND y.series_id = ?")) {
            p.setLong(1, a);
            p.setLong(2, b);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static void derivedValues(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(
                        "SELECT run_id, series_id, fork, value FROM samples ORDER BY run_id, series_id, fork, iteration");
                PreparedStatement write = c.prepareStatement(
                        "UPDATE results SET value = ?, ci_low = ?, ci_high = ? WHERE run_id = ? AND series_id = ?")) {
            read.setFetchSize(FETCH);
            String run = null;
            long series = -1;
            List<List<Double>> forks = new ArrayList<>();
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String r = rs.getString(1);
                    long s = rs.getLong(2);
                    if (run != null && (!r.equals(run) || s != series)) {
                        pending += write(write, run, series, forks);
                        forks = new ArrayList<>();
                    }
                    run = r;
                    series = s;
                    int fork = rs.getInt(3);
                    while (forks.size() <= fork) {
                        forks.add(new ArrayList<>());
                    }
                    forks.get(fork).add(rs.getDouble(4));
                    if (pending >= FETCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (run != null) {
                write(write, run, series, forks);
            }
            write.executeBatch();
        }
    }

    private static int write(PreparedStatement write, String run, long series, List<List<Double>> forks)
            throws SQLException {
        forks.removeIf(List::isEmpty);
        Estimate e = Estimate.of(forks);
        write.setDouble(1, e.value());
        write.setDouble(2, e.low());
        write.setDouble(3, e.high());
        write.setString(4, run);
        write.setLong(5, series);
        write.addBatch();
        return 1;
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
