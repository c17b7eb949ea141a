package org.rfcc.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rfcc.bench.model.Json;

/** The {@link AlertStore} of a {@link JdbcHistoryStore}: its connection, its transactions, its lock. */
final class JdbcAlertStore implements AlertStore {
    private static final String COLUMNS = "kind, suite, benchmark, params_json, metric, machine_fingerprint, profile,"
            + " state, level, run_id, run_started_at, last_run_id, git_commit, committed_at, stored_at, baseline_value,"
            + " value, change_pct, change_low_pct, change_high_pct, p_value, baseline_runs, confirmations,"
            + " false_positive, opened_at, updated_at, escalated_at, closed_at";
    private static final int COLUMN_COUNT = 28;
    private static final String MESSAGE_COLUMNS =
            "message_id, alert_id, channel, event, created_at, next_attempt_at, attempts, last_error, delivered_at";

    private final JdbcHistoryStore history;
    private final Connection connection;

    JdbcAlertStore(JdbcHistoryStore history, Connection connection) {
        this.history = history;
        this.connection = connection;
    }

    @Override
    public long open(StoredAlert alert, AlertEvent event, List<String> channels) {
        return write("open an alert of " + alert.series(), () -> {
            long id;
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO alerts (" + COLUMNS + ") VALUES (" + "?, ".repeat(COLUMN_COUNT - 1) + "?)",
                    new String[] {"alert_id"})) {
                bind(s, alert);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            record(id, event, channels);
            return id;
        });
    }

    @Override
    public void update(StoredAlert alert, AlertEvent event, List<String> channels) {
        write("update alert " + alert.id(), () -> {
            String set = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
            try (PreparedStatement s =
                    connection.prepareStatement("UPDATE alerts SET " + set + " WHERE alert_id = ?")) {
                bind(s, alert);
                s.setLong(COLUMN_COUNT + 1, alert.id());
                if (s.executeUpdate() != 1) {
                    throw new StoreException("no alert " + alert.id() + " to update");
                }
            }
            record(alert.id(), event, channels);
            return null;
        });
    }

    private void record(long id, AlertEvent event, List<String> channels) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO alert_events (alert_id, at, event, by_name, note, run_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, event.at().toEpochMilli());
            s.setString(3, event.event());
            s.setString(4, event.by());
            s.setString(5, event.note());
            s.setString(6, event.runId());
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO outbox (alert_id, channel, event,"
                + " created_at, next_attempt_at, attempts) VALUES (?, ?, ?, ?, ?, 0)")) {
            for (String channel : channels) {
                s.setLong(1, id);
                s.setString(2, channel);
                s.setString(3, event.event());
                s.setLong(4, event.at().toEpochMilli());
                s.setLong(5, event.at().toEpochMilli());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, StoredAlert a) throws SQLException {
        int i = 0;
        s.setString(++i, a.kind());
        s.setString(++i, a.series().suite());
        s.setString(++i, a.series().benchmark());
        s.setString(++i, Json.compact(a.series().params()));
        s.setString(++i, a.series().metric());
        s.setString(++i, a.series().machine());
        s.setString(++i, a.series().profile());
        s.setString(++i, a.state());
        s.setString(++i, a.level());
        s.setString(++i, a.runId());
        s.setLong(++i, a.runStartedAt().toEpochMilli());
        s.setString(++i, a.lastRunId());
        s.setString(++i, a.commit());
        setTime(s, ++i, a.committedAt());
        s.setLong(++i, a.storedAt().toEpochMilli());
        for (Double d : new Double[] {
            a.baselineValue(), a.value(), a.changePct(), a.changeLowPct(), a.changeHighPct(), a.pValue()
        }) {
            if (d == null || !Double.isFinite(d)) {
                s.setNull(++i, Types.DOUBLE);
            } else {
                s.setDouble(++i, d);
            }
        }
        s.setInt(++i, a.baselineRuns());
        s.setInt(++i, a.confirmations());
        s.setBoolean(++i, a.falsePositive());
        s.setLong(++i, a.openedAt().toEpochMilli());
        s.setLong(++i, a.updatedAt().toEpochMilli());
        setTime(s, ++i, a.escalatedAt());
        setTime(s, ++i, a.closedAt());
    }

    private static void setTime(PreparedStatement s, int index, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, at.toEpochMilli());
        }
    }

    @Override
    public Optional<StoredAlert> alert(long id) {
        List<StoredAlert> one = select(" WHERE alert_id = ?", id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    @Override
    public List<StoredAlert> alerts(String state) {
        return state == null ? select("") : select(" WHERE state = ?", state);
    }

    private List<StoredAlert> select(String where, Object... args) {
        return read("read the alerts", () -> {
            List<StoredAlert> out = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT alert_id, " + COLUMNS + " FROM alerts" + where + " ORDER BY alert_id")) {
                for (int k = 0; k < args.length; k++) {
                    s.setObject(k + 1, args[k]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(alert(rs));
                    }
                }
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static StoredAlert alert(ResultSet rs) throws SQLException {
        SeriesKey series;
        try {
            series = new SeriesKey(
                    rs.getString(3),
                    rs.getString(4),
                    Json.MAPPER.readValue(rs.getString(5), Map.class),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("alert " + rs.getLong(1) + " has unreadable params: " + e.getMessage(), e);
        }
        return new StoredAlert(
                rs.getLong(1),
                rs.getString(2),
                series,
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                Instant.ofEpochMilli(rs.getLong(12)),
                rs.getString(13),
                rs.getString(14),
                time(rs, 15),
                Instant.ofEpochMilli(rs.getLong(16)),
                number(rs, 17),
                number(rs, 18),
                number(rs, 19),
                number(rs, 20),
                number(rs, 21),
                number(rs, 22),
                rs.getInt(23),
                rs.getInt(24),
                rs.getBoolean(25),
                Instant.ofEpochMilli(rs.getLong(26)),
                Instant.ofEpochMilli(rs.getLong(27)),
                time(rs, 28),
                time(rs, 29));
    }

    private static Double number(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

    private static Instant time(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    @Override
    public List<AlertEvent> events(long id) {
        return read("read the events of alert " + id, () -> {
            List<AlertEvent> out = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT at, event, by_name, note, run_id"
                    + " FROM alert_events WHERE alert_id = ? ORDER BY event_id")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AlertEvent(
                                Instant.ofEpochMilli(rs.getLong(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<OutboxMessage> messages(long id) {
        return messages(" WHERE alert_id = ?", id);
    }

    @Override
    public List<OutboxMessage> due(Instant now) {
        return messages(" WHERE delivered_at IS NULL AND next_attempt_at <= ?", now.toEpochMilli());
    }

    private List<OutboxMessage> messages(String where, long arg) {
        return read("read the outbox", () -> {
            List<OutboxMessage> out = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT " + MESSAGE_COLUMNS + " FROM outbox" + where + " ORDER BY message_id")) {
                s.setLong(1, arg);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxMessage(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)),
                                Instant.ofEpochMilli(rs.getLong(6)),
                                rs.getInt(7),
                                rs.getString(8),
                                time(rs, 9)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void delivered(long id, Instant at) {
        write("record the delivery of message " + id, () -> {
            try (PreparedStatement s =
                    connection.prepareStatement("UPDATE outbox SET delivered_at = ? WHERE message_id = ?")) {
                s.setLong(1, at.toEpochMilli());
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void failed(long id, int attempts, Instant next, String error) {
        write("record a failed delivery of message " + id, () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE message_id = ?")) {
                s.setInt(1, attempts);
                s.setLong(2, next.toEpochMilli());
                s.setString(3, error);
                s.setLong(4, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    private <T> T write(String what, Sql<T> work) {
        return Sql.write(history, what, work);
    }

    private <T> T read(String what, Sql<T> work) {
        return Sql.read(history, what, work);
    }
}
