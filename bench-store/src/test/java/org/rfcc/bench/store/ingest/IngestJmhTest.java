package org.rfcc.bench.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Estimate;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/** JMH JSON: hand-written samples in the exact shape JMH 1.37 (and 1.21) writes with {@code -rf json}. */
final class IngestJmhTest {
    static final String AVGT_GC = "jmh-1.37-avgt-gc.json";
    static final String THRPT = "jmh-1.37-thrpt.json";
    static final String OLD = "jmh-1.21-middle-dot.json";
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    static RunRecord parse(String resource) {
        return Ingest.parse(TestFiles.resource(resource), Labels.none());
    }

    @Test
    void parse_jmhWithGcProfiler_keepsSecondaryMetrics() {
        BenchmarkResult concat = parse(AVGT_GC).results().get(0);

        assertThat(concat.metrics().keySet())
                .containsExactly("score", "gc.alloc.rate", "gc.alloc.rate.norm", "gc.count", "gc.time");
        assertThat(concat.metrics().get("score").unit()).isEqualTo("us/op");
        assertThat(concat.metrics().get("gc.alloc.rate").unit()).isEqualTo("MB/sec");
        assertThat(concat.metrics().get("gc.alloc.rate.norm").unit()).isEqualTo("B/op");
        assertThat(concat.metrics().get("gc.count").unit()).isEqualTo("counts");
        assertThat(concat.metrics().get("gc.time").unit()).isEqualTo("ms");
    }

    @Test
    void parse_jmhWithGcProfiler_keepsSamplesPerFork_andDerivesTheValueFromThem() {
        BenchmarkResult concat = parse(AVGT_GC).results().get(0);

        Metric score = concat.metrics().get("score");
        assertThat(score.samples()).containsExactly(List.of(1.482, 1.467, 1.475), List.of(1.521, 1.509, 1.498));
        // the value is derived from rawData as every metric's (the geometric mean of the fork
        // medians 1.475 and 1.509), not JMH's score (the mean of all iterations, 1.492)
        assertThat(score.value()).isCloseTo(Math.sqrt(1.475 * 1.509), within(1e-12));
        assertThat(score.estimate()).isEqualTo(Estimate.of(score.samples()));
        assertThat(concat.metrics().get("gc.alloc.rate.norm").samples())
                .containsExactly(List.of(3648.001, 3648.001, 3648.002), List.of(3648.001, 3648.001, 3648.001));
        assertThat(concat.metrics().get("gc.count").samples())
                .containsExactly(List.of(4.0, 4.0, 4.0), List.of(4.0, 3.0, 4.0));
    }

    @Test
    void parse_jmhNaNScoreError_oneSampleHasAZeroWidthInterval() {
        RunRecord run = parse(AVGT_GC);
        BenchmarkResult builder = run.results().get(2);

        assertThat(builder.benchmark()).isEqualTo("builder");
        assertThat(builder.metrics().get("score").samples()).containsExactly(List.of(0.912));
        assertThat(builder.metrics().get("score").ci()).containsExactly(0.912, 0.912);
        // gc.count of a two-fork run, whose error JMH writes as "NaN": the forks' medians are 4 and 4
        assertThat(run.results().get(0).metrics().get("gc.count").ci()).containsExactly(4.0, 4.0);
    }

    @Test
    void parse_jmhParams_becomeDimensionsWithNumbersWhereTheTextIsOne() {
        RunRecord avgt = parse(AVGT_GC);
        RunRecord thrpt = parse(THRPT);

        assertThat(avgt.results())
                .extracting(BenchmarkResult::suite, BenchmarkResult::benchmark, BenchmarkResult::params)
                .containsExactly(
                        tuple("org.rfcc.sample.StringBenchmark", "concat", Map.of("size", 100L, "mode", "avgt")),
                        tuple("org.rfcc.sample.StringBenchmark", "concat", Map.of("size", 1000L, "mode", "avgt")),
                        tuple("org.rfcc.sample.StringBenchmark", "builder", Map.of("size", 100L, "mode", "avgt")));
        assertThat(thrpt.results().get(0).params())
                .containsExactly(Map.entry("keyLength", 16L), Map.entry("seed", 0.5), Map.entry("mode", "thrpt"));
        assertThat(thrpt.results().get(1).params()).containsExactly(Map.entry("mode", "thrpt"));
    }

    @Test
    void parse_jmhAvgt_isLowerIsBetterForEveryMetric() {
        assertThat(parse(AVGT_GC).results())
                .flatExtracting(r -> List.copyOf(r.metrics().values()))
                .extracting(Metric::direction)
                .containsOnly(Direction.LOWER_IS_BETTER);
    }

    @Test
    void parse_jmhThrpt_isHigherIsBetterForTheScoreAndRates() {
        Map<String, Metric> murmur = parse(THRPT).results().get(0).metrics();

        assertThat(murmur.get("score").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(murmur.get("score").unit()).isEqualTo("ops/s");
        assertThat(murmur.get("gc.alloc.rate").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(murmur.get("gc.alloc.rate.norm").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(murmur.get("gc.count").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void parse_jmhSecondaryWithoutRawData_takesTheScoreAsItsOneSample() {
        Metric count = parse(THRPT).results().get(0).metrics().get("gc.count");

        assertThat(count.samples()).containsExactly(List.of(0.0));
        assertThat(count.ci()).containsExactly(0.0, 0.0);
    }

    @Test
    void parse_jmhBefore1_37_stripsTheMiddleDotOfSecondaryMetrics() {
        RunRecord run = parse(OLD);

        assertThat(run.results().get(0).metrics().keySet())
                .containsExactly("score", "gc.alloc.rate", "gc.alloc.rate.norm");
        assertThat(run.config()).doesNotContainKey("jmh_version");
    }

    @Test
    void parse_jmh_isARunOfSourceIngestLabelledAndTimedByTheFile() throws IOException {
        Path file = Files.copy(TestFiles.resource(AVGT_GC), dir.resolve("jmh.json"));
        Instant modified = Instant.parse("2026-11-27T15:09:30.123Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        RunRecord run = Ingest.parse(file, new Labels(COMMIT, "main", "ci-runner-1"));

        assertThat(run.schema()).isEqualTo(RunRecord.SCHEMA);
        assertThat(run.source()).isEqualTo("ingest");
        assertThat(run.profile())
                .as("the profile of run --jmh-jar: one series for both routes")
                .isEqualTo("jmh");
        assertThat(run.startedAt()).isEqualTo(modified);
        assertThat(run.finishedAt()).isEqualTo(modified);
        assertThat(run.git().commit()).isEqualTo(COMMIT);
        assertThat(run.git().branch()).isEqualTo("main");
        assertThat(run.git().dirty()).isFalse();
        assertThat(run.machine().fingerprint()).isEqualTo("ci-runner-1");
        assertThat(run.machine().jvm()).isEqualTo("OpenJDK 64-Bit Server VM 17.0.13+11-Debian-2deb12u1");
        assertThat(run.config())
                .containsExactly(
                        Map.entry("jmh_version", "1.37"),
                        Map.entry("jvm_args", List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC")));
        assertThat(run.thresholds()).isEmpty();
        assertThat(run.comparison()).isNull();
    }

    @Test
    void parse_jmhWithoutLabels_hasNoGitAndAnUnknownMachine() {
        RunRecord run = parse(THRPT);

        assertThat(run.git().commit()).isNull();
        assertThat(run.git().branch()).isNull();
        assertThat(run.machine().fingerprint()).isEqualTo("unknown");
    }

    @Test
    void parse_sameFileTwice_givesTheSameRunId() throws IOException {
        Path copy = Files.copy(TestFiles.resource(THRPT), dir.resolve("elsewhere.json"));

        String first = parse(THRPT).runId();

        assertThat(parse(THRPT).runId()).isEqualTo(first);
        assertThat(Ingest.parse(copy, new Labels(COMMIT, null, null)).runId()).isEqualTo(first);
    }

    @Test
    void parse_differentContent_givesADifferentRunId() {
        Path other = TestFiles.edited(dir, THRPT, "4.1734521E7", "4.1734522E7");

        assertThat(Ingest.parse(other, Labels.none()).runId())
                .isNotEqualTo(parse(THRPT).runId());
    }

    @Test
    void parse_jmhNaNInRawData_failsNamingFieldAndBenchmark() {
        Path file = TestFiles.edited(dir, AVGT_GC, "1.482,", "\"NaN\",");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ": \"primaryMetric.rawData\" holds NaN in benchmark"
                        + " org.rfcc.sample.StringBenchmark.concat");
    }

    @Test
    void parse_jmhNaNInSecondaryRawData_failsNamingTheMetric() {
        Path file = TestFiles.edited(dir, AVGT_GC, "2345.117,", "\"NaN\",");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": \"secondaryMetrics.gc.alloc.rate.rawData\" holds NaN in benchmark"
                        + " org.rfcc.sample.StringBenchmark.concat");
    }

    @Test
    void parse_jmhNaNScore_fails() {
        Path file = TestFiles.edited(dir, THRPT, "\"score\" : 4.142840725E7", "\"score\" : \"NaN\"");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(
                        file + ": \"primaryMetric.score\" holds NaN in benchmark org.rfcc.sample.HashBenchmark.murmur");
    }

    @Test
    void parse_jmhUnknownMode_failsListingTheModes() {
        Path file = TestFiles.edited(dir, THRPT, "\"mode\" : \"thrpt\"", "\"mode\" : \"all\"");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": \"mode\" is \"all\" in benchmark org.rfcc.sample.HashBenchmark.murmur;"
                        + " expected thrpt, avgt, sample or ss");
    }

    @Test
    void parse_jmhThenStore_givesBackTheSameRecord() {
        RunRecord run = Ingest.parse(TestFiles.resource(AVGT_GC), new Labels(COMMIT, "main", "m1"));

        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
            assertThat(store.store(run)).isTrue();
            assertThat(store.store(Ingest.parse(TestFiles.resource(AVGT_GC), Labels.none())))
                    .isFalse();
            assertThat(Json.pretty(store.run(run.runId()).orElseThrow())).isEqualTo(Json.pretty(run));
        }
    }
}
