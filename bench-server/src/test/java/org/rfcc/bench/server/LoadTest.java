package org.rfcc.bench.server;

import java.nio.file.Path;
import org.rfcc.bench.store.TestBackend;

/** The load contract on SQLite. */
final class LoadTest extends LoadContract {
    @Override
    TestBackend backend(Path dir) {
        return TestBackend.onSqlite(dir);
    }
}
