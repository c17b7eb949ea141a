package org.rfcc.bench.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/** github-action-benchmark JSON: other tools' plain names and the names {@code run} writes. */
final class IngestGabTest {
    static final String PLAIN = "gab-plain.json";
    static final String OWN = "gab-own-names.json";

    @TempDir
    Path dir;

    @Test
    void parse_gabPlainNames_giveOneResultPerEntryWithMetricValue() {
        RunRecord run = Ingest.parse(TestFiles.resource(PLAIN), Labels.none());

        assertThat(run.source()).isEqualTo("ingest");
        assertThat(run.results())
                .extracting(BenchmarkResult::suite, BenchmarkResult::benchmark, BenchmarkResult::params)
                .containsExactly(
                        tuple("github-action-benchmark", "BenchmarkFib20", Map.of()),
                        tuple("github-action-benchmark", "BenchmarkFib10", Map.of()));
        Metric fib20 = run.results().get(0).metrics().get("value");
        assertThat(fib20.unit()).isEqualTo("ns/op");
        assertThat(fib20.value()).isEqualTo(25104.5);
        assertThat(fib20.samples()).containsExactly(List.of(25104.5));
        assertThat(fib20.ci()).containsExactly(25104.5, 25104.5);
        assertThat(fib20.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(run.results().get(1).metrics().get("value").value()).isEqualTo(203.0);
    }

    @Test
    void parse_gabWithDirectionGiven_usesIt() {
        RunRecord run = Ingest.parse(TestFiles.resource(PLAIN), Labels.none(), Direction.HIGHER_IS_BETTER);

        assertThat(run.results())
                .extracting(r -> r.metrics().get("value").direction())
                .containsOnly(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void parse_gabOwnNames_splitBackIntoSuiteBenchmarkMetricAndParams() {
        RunRecord run = Ingest.parse(TestFiles.resource(OWN), Labels.none());

        Map<String, Object> params = Map.of("model", "rfcc-base-4x", "document_size", 1000L, "compression_ratio", 4L);
        assertThat(run.results())
                .extracting(BenchmarkResult::suite, BenchmarkResult::benchmark, BenchmarkResult::params)
                .containsExactly(
                        tuple("compression", "compression_speed", params),
                        tuple("compression", "memory_usage", params),
                        tuple("models", "model_loading", Map.of("model", "rfcc-base-4x")));
        assertThat(run.results().get(0).params().keySet())
                .containsExactly("model", "document_size", "compression_ratio");
        assertThat(run.results().get(0).metrics().keySet()).containsExactly("end_to_end_ms", "alloc_mb_per_op");
        assertThat(run.results().get(1).metrics().get("peak_heap_mb").value()).isEqualTo(184.0);
        assertThat(run.results().get(2).metrics().get("load_time_ms").unit()).isEqualTo("ms");
    }

    @Test
    void parse_gab_labelsTheRunAndDerivesItsIdFromTheBytes() {
        String commit = "fedcba9876543210fedcba9876543210fedcba98";
        RunRecord run = Ingest.parse(TestFiles.resource(OWN), new Labels(commit, "release", "bench-box"));

        assertThat(run.git().commit()).isEqualTo(commit);
        assertThat(run.git().branch()).isEqualTo("release");
        assertThat(run.machine().fingerprint()).isEqualTo("bench-box");
        assertThat(run.machine().jvm()).isNull();
        assertThat(run.profile()).isEqualTo("ingest");
        assertThat(run.runId())
                .isEqualTo(Ingest.parse(TestFiles.resource(OWN), Labels.none()).runId())
                .isNotEqualTo(
                        Ingest.parse(TestFiles.resource(PLAIN), Labels.none()).runId());
    }

    @Test
    void parse_gabNaNValue_failsNamingTheEntry() {
        Path file = TestFiles.write(dir, "gab.json", "[{\"name\": \"fib\", \"unit\": \"ns/op\", \"value\": \"NaN\"}]");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ": \"value\" holds NaN in entry 1 (fib)");
    }

    @Test
    void parse_gabEntryWithoutUnit_fails() {
        Path file = TestFiles.write(dir, "gab.json", "[{\"name\": \"fib\", \"value\": 3}]");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": \"unit\" is missing in entry 1 (fib)");
    }

    @Test
    void parse_gabRepeatedName_fails() {
        Path file = TestFiles.write(
                dir,
                "gab.json",
                "[{\"name\": \"fib\", \"unit\": \"ns\", \"value\": 3}, {\"name\": \"fib\", \"unit\": \"ns\", \"value\": 4}]");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": entry 2 (fib) repeats an earlier entry of the same name");
    }
}
