package org.rfcc.bench.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/**
 * Files shaped like the real ones of public projects (see the README's table of real files): one
 * benchmark in four modes (Netflix/hollow, JMH 1.25), perfasm's text output (JMH 1.37), files
 * re-saved with a BOM, CRLF or gzip, and a github-action-benchmark history.
 */
final class IngestRealShapesTest {
    static final String MODES = "jmh-1.25-four-modes.json";
    static final String PERFASM = "jmh-1.37-perfasm.json";
    static final String HISTORY = "gab-history.data.js";
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private static List<RunRecord> read(Path file, Labels labels) {
        List<RunRecord> runs = new ArrayList<>();
        Ingest.read(file, labels, Direction.LOWER_IS_BETTER).forEach(runs::add);
        return runs;
    }

    @Test
    void oneBenchmarkInFourModes_givesFourResults_keyedByMode() {
        // before: "series …/score appears more than once", and the whole file refused
        RunRecord run = Ingest.parse(TestFiles.resource(MODES), Labels.none());

        assertThat(run.results())
                .extracting(r -> r.params().get("mode"))
                .containsExactly("thrpt", "avgt", "sample", "ss");
        assertThat(run.results()).extracting(BenchmarkResult::benchmark).containsOnly("lookup");
        assertThat(run.results().get(0).metrics().get("score").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(run.results().get(3).metrics().get("score").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void sampleMode_keepsEveryForksHistogram_asTheMeanOfEachIteration() {
        // before: [[score]], one fork, so a sample-mode benchmark could never be decided
        Metric score = Ingest.parse(TestFiles.resource(MODES), Labels.none())
                .results()
                .get(2)
                .metrics()
                .get("score");

        assertThat(score.forks()).isEqualTo(2);
        List<List<Double>> s = score.samples();
        assertThat(s.get(0).get(0)).isCloseTo((0.0004 * 3 + 0.0005) / 4, within(1e-15));
        assertThat(s.get(0).get(1)).isCloseTo((0.0004 * 2 + 0.0006 * 2) / 4, within(1e-15));
        assertThat(s.get(1).get(0)).isCloseTo(0.0003, within(1e-15));
        assertThat(s.get(1).get(1)).isCloseTo((0.0004 + 0.0005 + 0.0009 * 2) / 4, within(1e-15));
        assertThat(score.unit()).isEqualTo("ms/op");
    }

    @Test
    void perfasmsTextOutput_isLeftOutWithANote_andTheRestKept() {
        // before: "secondaryMetrics.asm.score holds NaN", and the whole file refused
        Imported imported = Ingest.read(TestFiles.resource(PERFASM), Labels.none(), Direction.LOWER_IS_BETTER);
        List<RunRecord> runs = new ArrayList<>();
        imported.forEach(runs::add);

        assertThat(runs.get(0).results().get(0).metrics()).containsOnlyKeys("score", "gc.alloc.rate.norm");
        assertThat(imported.notes())
                .containsExactly(
                        "left out secondary metric asm (score \"NaN\", unit \"---\") of 1 benchmark: no number,"
                                + " a profiler's text output");
    }

    @Test
    void theSameResults_reSavedWithABomCrlfOrGzip_orFieldsReordered_areTheSameRun() throws IOException {
        // before: the id came from the bytes, so each of these was stored as another run
        Path original = TestFiles.resource(IngestJmhTest.THRPT);
        String text = Files.readString(original);
        String id = Ingest.parse(original, Labels.none()).runId();

        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        Path crlf = Files.writeString(dir.resolve("crlf.json"), text.replace("\n", "\r\n"));
        Path gzip = dir.resolve("results.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path reordered = Files.writeString(
                dir.resolve("reordered.json"),
                text.replace("\"threads\" : 1,\n        \"forks\" : 2,", "\"forks\" : 2,\n        \"threads\" : 1,"));
        assertThat(Files.readString(reordered)).as("the fields were reordered").isNotEqualTo(text);

        for (Path p : List.of(bom, crlf, gzip, reordered)) {
            assertThat(Ingest.parse(p, Labels.none()).runId())
                    .as(p.getFileName().toString())
                    .isEqualTo(id);
        }
        Path changed = Files.writeString(dir.resolve("changed.json"), text.replace("4.1734521E7", "4.1734522E7"));
        assertThat(Ingest.parse(changed, Labels.none()).runId()).isNotEqualTo(id);
    }

    @Test
    void aDamagedGzipFile_isOneClearLine() throws IOException {
        Path file = Files.write(dir.resolve("x.json.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(file + ": a truncated gzip file");
    }

    @Test
    void startedAt_givenForAJmhFile_isWhenItsRunStarted() {
        // before: the file's last-modified time, so an old file was pruned as soon as it went in
        Instant at = Instant.parse("2024-03-01T12:00:00Z");
        RunRecord run = Ingest.parse(TestFiles.resource(MODES), new Labels(COMMIT, "main", "ci", at));

        assertThat(run.startedAt()).isEqualTo(at);
        assertThat(run.finishedAt()).isEqualTo(at);
    }

    @Test
    void history_everyEntryOfEverySuite_isARunWithItsCommitAndDate() {
        List<RunRecord> runs = read(TestFiles.resource(HISTORY), new Labels(null, "main", "ci-runner", null));

        assertThat(runs).hasSize(4);
        RunRecord first = runs.get(0);
        assertThat(first.startedAt()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(first.git().commit()).isEqualTo("a".repeat(40));
        assertThat(first.git().branch()).isEqualTo("main");
        assertThat(first.git().message()).isEqualTo("first");
        assertThat(first.git().author()).isEqualTo("A Dev <dev@example.org>");
        assertThat(first.git().committedAt()).isEqualTo(Instant.parse("2023-11-14T21:13:20Z"));
        assertThat(first.machine().fingerprint()).isEqualTo("ci-runner");
        assertThat(first.config())
                .containsEntry("tool", "jmh")
                .containsEntry("gab_suite", "JMH Benchmark")
                .containsEntry("repo_url", "https://github.com/example/proj");
        assertThat(runs).extracting(RunRecord::profile).containsOnly(Ingest.SOURCE);
    }

    @Test
    void history_directionComesFromTheTool_andTheUnit() {
        List<RunRecord> runs = read(TestFiles.resource(HISTORY), Labels.none());

        BenchmarkResult parse = runs.get(0).results().get(0);
        assertThat(parse.suite()).isEqualTo("JMH Benchmark");
        assertThat(parse.benchmark()).isEqualTo("org.example.ParseBench.parse");
        assertThat(parse.params()).isEqualTo(Map.of("size", 16L));
        assertThat(parse.metrics().get("value").direction()).as("jmh, ops/s").isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(runs.get(0).results().get(1).metrics().get("value").direction())
                .as("jmh, ns/op")
                .isEqualTo(Direction.LOWER_IS_BETTER);
        Metric bigger = runs.get(2).results().get(0).metrics().get("value");
        assertThat(bigger.direction()).as("customBiggerIsBetter, ms").isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(bigger.value())
                .as("the string \"95\", as the action accepts it")
                .isEqualTo(95.0);
        assertThat(runs.get(2).results().get(1).metrics().get("value").unit()).isEmpty();
        List<BenchmarkResult> go = runs.get(3).results();
        assertThat(go.get(0).metrics().get("value").unit()).as("cut at the tab").isEqualTo("ns/op");
        assertThat(go.get(0).metrics().get("value").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(go.get(1).metrics().get("value").direction()).as("go, MB/s").isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void history_aRepeatedNameInAnEntry_keepsTheFirstWithANote() {
        Imported imported = Ingest.read(TestFiles.resource(HISTORY), Labels.none(), Direction.LOWER_IS_BETTER);
        List<RunRecord> runs = new ArrayList<>();
        imported.forEach(runs::add);

        assertThat(runs.get(1).results().get(1).metrics().get("value").value()).isEqualTo(12.75);
        assertThat(imported.notes())
                .containsExactly("kept the first of the benches named org.example.ParseBench.latency in each entry,"
                        + " 1 time: an entry repeated the name");
    }

    @Test
    void history_aLongerHistory_keepsTheIdsOfTheEntriesItShares() throws IOException {
        String text = TestFiles.text(HISTORY);
        String extra = text.replace(
                "\"Custom\": [",
                "\"Custom\": [\n{\"commit\": {\"id\": \"" + "e".repeat(40) + "\", \"message\": \"fifth\","
                        + " \"timestamp\": \"2023-11-18T10:00:00Z\"}, \"date\": 1700004000000, \"tool\":"
                        + " \"customSmallerIsBetter\", \"benches\": [{\"name\": \"x\", \"value\": 1, \"unit\": \"s\"}]},");
        List<String> before = read(TestFiles.resource(HISTORY), Labels.none()).stream()
                .map(RunRecord::runId)
                .toList();
        List<String> after = read(Files.writeString(dir.resolve("data.js"), extra), Labels.none()).stream()
                .map(RunRecord::runId)
                .toList();

        assertThat(after).hasSize(5).containsAll(before);
    }

    @Test
    void history_withCommitOrStartedAt_isRefused_forItsEntriesCarryTheirOwn() {
        Path file = TestFiles.resource(HISTORY);

        assertThatThrownBy(() -> read(file, new Labels(COMMIT, null, null, null)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("entries carry their own commits and dates; leave out --commit and --started-at");
    }

    @Test
    void history_anEntryWithoutADate_failsNamingIt() throws IOException {
        Path file = Files.writeString(
                dir.resolve("data.js"),
                "window.BENCHMARK_DATA = {\"entries\": {\"S\": [{\"commit\": {}, \"benches\": []}]}}");

        assertThatThrownBy(() -> read(file, Labels.none()))
                .hasMessage(file + ": entry 1 of suite \"S\" has neither \"date\" nor a commit \"timestamp\"");
    }
}
