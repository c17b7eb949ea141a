package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.UserException;

/** The MaintenanceContract on SQLite files. */
final class MaintenanceTest extends MaintenanceContract {
    @Override
    TestBackend newBackend() {
        return TestBackend.onSqlite(files);
    }

    @Test
    void restore_badFile_saysWhichLine() throws IOException {
        Path file = Files.writeString(
                files.resolve("bad.jsonl"), Json.compact(Map.of("schema", "rfcc-bench/run/v1")) + "\n{\"x\":");
        try (HistoryStore restored = emptySqlite()) {
            assertThatThrownBy(() -> Maintenance.restore(restored, file))
                    .isInstanceOf(UserException.class)
                    .hasMessage(file + ":1: the run record has no \"run_id\"");
            assertThatThrownBy(() -> Maintenance.restore(restored, files.resolve("none.db")))
                    .hasMessageContaining("no such backup file");
        }
    }
}
