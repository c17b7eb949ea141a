package org.rfcc.bench.store;

/** The HistoryStoreContract on PostgreSQL: a database of its own for each test, dropped after it. */
final class HistoryStoreIT extends HistoryStoreContract {
    @Override
    TestBackend newBackend() {
        return TestBackend.onPostgres();
    }
}
