package org.rfcc.bench.server;

import java.nio.file.Path;
import org.rfcc.bench.store.TestBackend;

/** The load contract on PostgreSQL: a database of its own, dropped after it. */
final class LoadIT extends LoadContract {
    @Override
    TestBackend backend(Path dir) {
        return TestBackend.onPostgres();
    }
}
