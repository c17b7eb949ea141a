package org.rfcc.bench.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The base of the contract tests: one back-end per test, closed (its databases dropped) after it. */
abstract class BackendTest {
    /** Where SQLite back-ends keep their files. */
    @TempDir
    static Path files;

    private TestBackend backend;

    /** A new back-end of the kind under test. */
    abstract TestBackend newBackend();

    /** This test's back-end: a fresh, empty history at each {@link TestBackend#fresh()}. */
    final TestBackend backend() {
        if (backend == null) {
            backend = newBackend();
        }
        return backend;
    }

    @AfterEach
    final void closeBackend() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
