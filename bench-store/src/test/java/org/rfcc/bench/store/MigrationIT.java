package org.rfcc.bench.store;

import org.junit.jupiter.api.AfterEach;

/** The MigrationContract on PostgreSQL: a database of its own for each test, dropped after it. */
final class MigrationIT extends MigrationContract {
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
