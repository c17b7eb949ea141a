package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void open_ofACurrentStore_keepsItsData_andOfAnOlderOne_migrates() {
        String url = "jdbc:sqlite:" + dir.resolve("h.db");
        try (HistoryStore store = Stores.open(url)) {
            store.store(HistoryStoreContract.run("r1", java.time.Instant.parse("2026-11-01T10:00:00Z"), "main", 9000));
        }
        try (HistoryStore again = Stores.open(url)) {
            assertThat(again.runCount()).isEqualTo(1);
        }
    }
}
