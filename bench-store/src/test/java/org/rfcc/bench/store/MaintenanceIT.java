package org.rfcc.bench.store;

/** The MaintenanceContract on PostgreSQL: a database of its own for each test, dropped after it. */
final class MaintenanceIT extends MaintenanceContract {
    @Override
    TestBackend newBackend() {
        return TestBackend.onPostgres();
    }
}
