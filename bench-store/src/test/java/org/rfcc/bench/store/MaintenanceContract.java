package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.RunRecord;

/** Retention, backup, restore and export, on every back-end ({@link MaintenanceTest}, {@link MaintenanceIT}). */
abstract class MaintenanceContract extends BackendTest {
    @TempDir
    Path dir;

    private static RunRecord run(int day) {
        return HistoryStoreContract.run(
                "run-" + day, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day), "main", 1000 + day);
    }

    HistoryStore emptySqlite() {
        return Stores.open("jdbc:sqlite:" + dir.resolve(UUID.randomUUID() + ".db"));
    }

    @Test
    void prune_dryRunListsExactlyTheOldRuns_andPruneRemovesOnlyThose() throws SQLException {
        try (HistoryStore store = backend().fresh()) {
            for (int day = 0; day < 10; day++) {
                store.store(run(day));
            }
            Instant cutoff = Instant.parse("2026-01-04T00:00:00Z");
            List<RunSummary> listed = Maintenance.prune(store, cutoff, true);
            assertThat(listed).extracting(RunSummary::runId).containsExactly("run-0", "run-1", "run-2");
            assertThat(store.runCount()).isEqualTo(10);
            assertThat(Maintenance.prune(store, cutoff, false)).hasSize(3);
            assertThat(store.runCount()).isEqualTo(7);
            assertThat(store.run("run-2")).isEmpty();
            assertThat(store.run("run-3")).isPresent();
            assertThat(store.history(HistoryQuery.all()))
                    .noneMatch(r -> r.runId().equals("run-0"));
        }
    }

    @Test
    void backup_thenRestore_givesTheSameHistory_andKeepRotates() throws SQLException, IOException {
        try (HistoryStore store = backend().fresh()) {
            for (int day = 0; day < 5; day++) {
                store.store(run(day));
            }
            String url = !backend().postgres() ? "jdbc:sqlite:x" : "jdbc:postgresql://x";
            Path backups = dir.resolve("backups");
            Files.createDirectories(backups);
            Files.writeString(backups.resolve("history-20200101-000000Z.db"), "old");
            Files.writeString(backups.resolve("history-20200102-000000Z.db"), "old");
            Path file = Maintenance.backup(store, url, backups, 2);
            try (var files = Files.list(backups)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly(
                                "history-20200102-000000Z.db",
                                file.getFileName().toString());
            }
            try (HistoryStore restored = emptySqlite()) {
                assertThat(Maintenance.restore(restored, file)).isEqualTo(5);
                assertThat(export(restored)).isEqualTo(export(store));
            }
        }
    }

    @Test
    void backup_duringAnIngest_restoresCompleteRunsOnly() throws Exception {
        try (HistoryStore store = backend().fresh()) {
            List<RunRecord> runs = new ArrayList<>();
            for (int day = 0; day < 60; day++) {
                runs.add(run(day));
            }
            store.store(runs.get(0));
            CompletableFuture<Void> ingest = CompletableFuture.runAsync(
                    () -> runs.subList(1, runs.size()).forEach(store::store));
            Path file = Maintenance.backup(
                    store, !backend().postgres() ? "jdbc:sqlite:x" : "jdbc:postgresql://x", dir.resolve("during"), 3);
            ingest.get();
            try (HistoryStore restored = emptySqlite()) {
                int n = Maintenance.restore(restored, file);
                assertThat(n).isBetween(1, 60);
                for (RunSummary r : restored.runs(null)) {
                    RunRecord original = runs.get(Integer.parseInt(r.runId().substring(4)));
                    assertThat(Json.pretty(restored.run(r.runId()).orElseThrow()))
                            .isEqualTo(Json.pretty(original));
                }
            }
        }
    }

    @Test
    void export_oneRunRecordPerLine_andRestoreReadsIt() throws SQLException, IOException {
        try (HistoryStore store = backend().fresh()) {
            store.store(run(1));
            store.store(run(2));
            String lines = export(store);
            assertThat(lines.lines()).hasSize(2).allSatisfy(l -> assertThat(
                            Json.MAPPER.readTree(l).get("schema").asText())
                    .isEqualTo("rfcc-bench/run/v1"));
            Path file = Files.writeString(dir.resolve("export.jsonl"), lines);
            try (HistoryStore restored = emptySqlite()) {
                assertThat(Maintenance.restore(restored, file)).isEqualTo(2);
                assertThatThrownBy(() -> Maintenance.restore(restored, file))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("restore needs an empty store, and this one holds 2 runs");
            }
        }
    }

    private static String export(HistoryStore store) {
        StringWriter out = new StringWriter();
        Maintenance.export(store, out);
        return out.toString();
    }
}
