package org.rfcc.bench.store;

import java.sql.SQLException;

/** Work on a {@link JdbcHistoryStore}'s connection, under its lock, whose SQL errors become one line. */
@FunctionalInterface
interface Sql<T> {
    T run() throws SQLException;

    /** Runs {@code work} in one transaction of {@code history}; "cannot {@code what}: …" when it fails. */
    static <T> T write(JdbcHistoryStore history, String what, Sql<T> work) {
        synchronized (history) {
            return history.inTransaction(() -> read(history, what, work));
        }
    }

    /** Runs {@code work} under {@code history}'s lock; "cannot {@code what}: …" when it fails. */
    static <T> T read(JdbcHistoryStore history, String what, Sql<T> work) {
        synchronized (history) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
            }
        }
    }
}
