package org.rfcc.bench.store;

import org.junit.jupiter.api.AfterEach;

/** The MaintenanceContract on PostgreSQL: a database of its own for each test, dropped after it. */
final class MaintenanceIT extends MaintenanceContract {
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
