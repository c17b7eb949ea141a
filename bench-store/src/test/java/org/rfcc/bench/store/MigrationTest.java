package org.rfcc.bench.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The MigrationContract on SQLite files. */
final class MigrationTest extends MigrationContract {
    @TempDir
    static Path files;

    private TestBackend backend;

    @Override
    TestBackend backend() {
        if (backend == null) {
            backend = TestBackend.onSqlite(files);
        }
        return backend;
    }

    @AfterEach
    void close() {
        backend().close();
    }
}
