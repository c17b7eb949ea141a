package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StoresTest {
    @TempDir
    Path dir;

    @Test
    void schemaVersion_isTheNewestMigration_ofEachBackend() {
        for (Stores.Backend backend : Stores.Backend.values()) {
            MigrationInfo[] all = Stores.flyway(backend)
                    .dataSource("jdbc:sqlite:" + dir.resolve(backend + ".db"), null, null)
                    .load()
                    .info()
                    .all();
            assertThat(Arrays.stream(all).map(m -> m.getVersion().getVersion()).toList())
                    .as(backend.toString())
                    .last()
                    .isEqualTo(Stores.SCHEMA_VERSION);
        }
    }

    @Test
    void open_ofACurrentStore_keepsItsData() {
        String url = "jdbc:sqlite:" + dir.resolve("h.db");
        try (HistoryStore store = Stores.open(url)) {
            store.store(HistoryStoreContract.run("r1", java.time.Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        try (HistoryStore again = Stores.open(url)) {
            assertThat(again.runCount()).isEqualTo(1);
        }
    }

    @Test
    void open_ofAStoreANewerVersionMigrated_isRefusedInALine_andItsRunsStay() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("newer.db");
        int newer = Integer.parseInt(Stores.SCHEMA_VERSION) + 1;
        try (HistoryStore store = Stores.open(url)) {
            store.store(HistoryStoreContract.run("r1", java.time.Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '" + newer
                    + "', 'later',"
                    + " 'SQL', 'V" + newer + "__later.sql', 'test', 0, 1 FROM flyway_schema_history");
        }

        assertThatThrownBy(() -> Stores.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open the history at " + url + ": it is of schema version " + newer
                        + ", newer than this"
                        + " rfcc-bench's " + Stores.SCHEMA_VERSION + "; open it with the rfcc-bench that wrote it,"
                        + " or a newer one");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM runs")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void open_ofAnOlderSqliteStore_migratesIt_andGivesBackThePagesItFreed() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Stores.flyway(Stores.Backend.SQLITE)
                .dataSource(url, null, null)
                .target("2")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filler (x BLOB)");
            s.execute("INSERT INTO filler SELECT randomblob(4096) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                    + " SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n)");
            s.execute("DROP TABLE filler");
        }
        assertThat(freePages(url)).as("free pages before").isGreaterThan(400);

        Stores.open(url).close();

        assertThat(freePages(url)).as("free pages after the migration").isZero();
    }

    @Test
    void twoProcessesWriting_oneThatReadFirst_waitsForTheOther_andBothStore() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shared.db");
        Stores.open(url).close();
        java.time.Instant t = java.time.Instant.parse("2026-11-01T10:00:00Z");
        try (HistoryStore a = Stores.open(url);
                HistoryStore b = Stores.open(url)) {
            Thread other = new Thread(() -> b.store(HistoryStoreContract.run("b1", t, "main", 9000)));
            a.inTransaction(() -> {
                assertThat(a.runCount()).isZero(); // a read first, as ingest's "stored already?" is
                other.start();
                try {
                    other.join(500); // the other writer waits for this transaction, rather than committing first
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                a.store(HistoryStoreContract.run("a1", t.plusSeconds(60), "main", 9000));
                return null;
            });
            other.join();
            assertThat(a.runCount()).isEqualTo(2);
        }
    }

    private static long freePages(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA freelist_count")) {
            return rs.getLong(1);
        }
    }
}
