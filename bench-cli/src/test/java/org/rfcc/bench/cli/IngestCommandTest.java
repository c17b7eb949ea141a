package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} as a team bringing its old files would use it: old dates, relabels, whole histories. */
final class IngestCommandTest {
    /** A one-fork JMH result in the shape JMH 1.37 writes, in {@code unit}. */
    static String jmh(String method, String unit, double... forkValues) {
        StringBuilder raw = new StringBuilder();
        for (double v : forkValues) {
            raw.append(raw.length() == 0 ? "" : ", ")
                    .append("[")
                    .append(v)
                    .append(", ")
                    .append(v)
                    .append("]");
        }
        return "[{\"jmhVersion\": \"1.37\", \"benchmark\": \"org.example.Bench." + method + "\", \"mode\": \"avgt\","
                + " \"forks\": " + forkValues.length + ", \"primaryMetric\": {\"score\": " + forkValues[0]
                + ", \"scoreUnit\": \"" + unit + "\", \"rawData\": [" + raw + "]}, \"secondaryMetrics\": {}}]";
    }

    @TempDir
    Path dir;

    private String store() {
        return "jdbc:sqlite:" + dir.resolve("history.db");
    }

    private Cli.Outcome run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void aFileTouchedYearsAgo_isKeptWithOneWarning_notPrunedAsItGoesIn() throws IOException {
        // before: "pruned 1 runs older than 12 months", exit 0 and an empty history
        Path old = Files.writeString(dir.resolve("old.json"), jmh("parse", "us/op", 12.5));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(800, ChronoUnit.DAYS)));

        Cli.Outcome o = run("ingest", old.toString());

        assertThat(o.code()).isZero();
        assertThat(o.err().lines().filter(l -> l.contains("warning"))).hasSize(1);
        assertThat(o.err()).contains("started more than 12 months ago", "kept it now");
        assertThat(run("store", "stats").out()).startsWith("runs 1,");
        assertThat(o.out()).doesNotContain("pruned");
    }

    @Test
    void startedAt_dates_aRunThatSaysNothingOfWhenItRan() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"), jmh("parse", "us/op", 12.5));

        assertThat(run("ingest", "--started-at", "2026-11-02", file.toString()).code())
                .isZero();

        assertThat(run("history", "--format", "csv").out()).contains("2026-11-02T00:00:00Z");
        assertThat(run("ingest", "--started-at", "yesterday", file.toString()).err())
                .contains(
                        "--started-at must be an instant (2026-11-01T09:30:00Z) or a day (2026-11-01), got 'yesterday'");
    }

    @Test
    void theSameFileWithOtherLabels_saysWhatDiffers_andReplaceStoresThem() throws IOException {
        // before: "already stored", the old labels kept, exit 0
        Path file = Files.writeString(dir.resolve("r.json"), jmh("parse", "us/op", 12.5));
        assertThat(run("ingest", "--branch", "main", file.toString()).code()).isZero();

        Cli.Outcome relabelled = run("ingest", "--branch", "release", file.toString());
        assertThat(relabelled.code()).isEqualTo(1);
        assertThat(relabelled.err())
                .contains("is stored already with branch main (this import: release); give --replace");
        assertThat(run("history", "--branch", "release").out()).contains("0 rows");

        Cli.Outcome replaced = run("ingest", "--branch", "release", "--replace", file.toString());
        assertThat(replaced.code()).isZero();
        assertThat(replaced.out()).startsWith("replaced run ");
        assertThat(run("history", "--branch", "release").out()).contains("1 rows from 1 runs");
        assertThat(run("store", "stats").out()).startsWith("runs 1,");
    }

    @Test
    void aGithubActionBenchmarkHistory_isOneRunPerEntry_andASecondImportAddsOnlyTheNew() throws IOException {
        String entry = "{\"commit\": {\"id\": \"%s\", \"message\": \"m\", \"timestamp\": \"2026-11-0%dT10:00:00Z\","
                + " \"author\": {\"name\": \"A\"}}, \"date\": %d, \"tool\": \"cargo\", \"benches\": [{\"name\":"
                + " \"fib\", \"value\": %d, \"unit\": \"ns/iter\", \"range\": \"+/- 3\"}]}";
        String two = String.format(entry, "a".repeat(40), 1, 1793527200000L, 100) + ", "
                + String.format(entry, "b".repeat(40), 2, 1793613600000L, 104);
        String three = two + ", " + String.format(entry, "c".repeat(40), 3, 1793700000000L, 180);
        Path first = Files.writeString(
                dir.resolve("data.js"), "window.BENCHMARK_DATA = {\"entries\": {\"Rust\": [" + two + "]}};");
        Path longer = Files.writeString(
                dir.resolve("data-later.js"), "window.BENCHMARK_DATA = {\"entries\": {\"Rust\": [" + three + "]}};");

        assertThat(run("ingest", first.toString()).out()).startsWith("ingested 2 runs from");
        Cli.Outcome again = run("ingest", longer.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("ingested 1 runs from", "(2 stored already)");
        assertThat(run("store", "stats").out()).startsWith("runs 3,");
        assertThat(run("history", "--format", "csv").out())
                .contains("cccccccccc", "Rust,fib")
                .contains("lower_is_better")
                .as("an entry has no branch: its cell is empty, not \"null\"")
                .doesNotContain(",null,");
    }

    @Test
    void aGzipFile_isRead_asTheFileItHolds() throws IOException {
        Path gz = dir.resolve("results.json.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(jmh("parse", "us/op", 12.5).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Cli.Outcome o = run("ingest", gz.toString());

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).startsWith("ingested run ");
    }
}
