package org.rfcc.bench.store;

import org.junit.jupiter.api.AfterEach;

/** The HistoryStoreContract on PostgreSQL: a database of its own for each test, dropped after it. */
final class HistoryStoreIT extends HistoryStoreContract {
    private TestBackend backend;

    @Override
    TestBackend backend() {
        if (backend == null) {
            backend = TestBackend.onPostgres();
        }
        return backend;
    }

    @AfterEach
    void close() {
        if (backend != null) {
            backend.close();
        }
    }
}
