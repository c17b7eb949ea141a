package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The HistoryStoreContract on SQLite files. */
final class HistoryStoreTest extends HistoryStoreContract {
    @Override
    TestBackend newBackend() {
        return TestBackend.onSqlite(files);
    }

    @Test
    void open_sqliteFile_persistsAcrossOpens() {
        String url = "jdbc:sqlite:" + files.resolve("persist/history.db");
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
