package org.rfcc.bench.store;

/** The MigrationContract on SQLite files. */
final class MigrationTest extends MigrationContract {
    @Override
    TestBackend newBackend() {
        return TestBackend.onSqlite(files);
    }
}
