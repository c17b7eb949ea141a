package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    @Test
    void restore_readsAFieldOfANewerVersion_asIngestDoes() throws IOException {
        ObjectNode line = (ObjectNode) Json.MAPPER.readTree(
                Json.compact(HistoryStoreContract.run("newer", Instant.parse("2026-03-01T00:00:00Z"), "main", 1000)));
        line.put("added_by_a_later_version", "kept out, not refused");
        Path file = Files.writeString(files.resolve("newer.jsonl"), Json.compact(line) + "\n");
        try (HistoryStore restored = emptySqlite()) {
            assertThat(Maintenance.restore(restored, file)).isEqualTo(1);
            assertThat(restored.run("newer")).isPresent();
        }
    }
}
