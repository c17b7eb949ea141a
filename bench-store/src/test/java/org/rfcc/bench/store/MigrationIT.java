package org.rfcc.bench.store;

/** The MigrationContract on PostgreSQL: a database of its own for each test, dropped after it. */
final class MigrationIT extends MigrationContract {
    @Override
    TestBackend newBackend() {
        return TestBackend.onPostgres();
    }
}
