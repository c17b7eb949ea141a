package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.Stores;

final class RunFinishTest {
    @TempDir
    Path dir;

    private final Warnings console = new Warnings();

    private static RunRecord run(String id, Instant started) {
        return new RunRecord(
                RunRecord.SCHEMA,
                id,
                started,
                started,
                "jmh",
                "ingest",
                null,
                new Machine("fp", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                List.of(BenchmarkResult.ok(
                        "com.example.Bench",
                        "parse",
                        Map.of(),
                        Map.of("score", Metric.exact("ms", Direction.LOWER_IS_BETTER, 1)))),
                List.of(),
                null);
    }

    @Test
    void retain_removesOldRuns_butNeverOneThisCommandJustStored_andSaysSo() {
        Instant old = Instant.now().minus(800, ChronoUnit.DAYS);
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
            store.store(run("stale", old));
            store.store(run("imported-now", old.plusSeconds(60)));
            store.store(run("fresh", Instant.now()));

            int pruned = RunFinish.retain(store, 12, List.of("imported-now"), console);

            assertThat(pruned).isEqualTo(1);
            assertThat(store.runs(null)).extracting(RunSummary::runId).containsExactly("imported-now", "fresh");
            assertThat(console.lines)
                    .singleElement()
                    .asString()
                    .contains("run imported-now started more than 12 months ago", "kept it");
        }
    }
}
