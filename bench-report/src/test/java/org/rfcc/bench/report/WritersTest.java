package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;

final class WritersTest {
    @TempDir
    Path dir;

    private static RunRecord run() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        params.put("document_size", 1000);
        params.put("note", "a,\"quoted\" value");
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put(
                "tokens_per_second",
                new Metric("tokens/s", Direction.HIGHER_IS_BETTER, List.of(List.of(9000.0, 9001.0))));
        metrics.put(
                "end_to_end_ms", new Metric("ms", Direction.LOWER_IS_BETTER, List.of(List.of(110.0), List.of(111.0))));
        return new RunRecord(
                RunRecord.SCHEMA,
                "id",
                Instant.EPOCH,
                Instant.EPOCH,
                "quick",
                "run",
                GitInfo.none(),
                new Machine("f", null, null, 0, 0, null, List.of(), null, null, false),
                Map.of(),
                List.of(
                        BenchmarkResult.ok("compression", "compression_speed", params, metrics),
                        BenchmarkResult.failed("models", "model_loading", Map.of("model", "m"), "boom")),
                List.of(),
                null);
    }

    @Test
    void github_onlySmallerIsBetter_inTheCustomSmallerIsBetterShape() throws IOException {
        Path file = dir.resolve("benchmark_results.json");
        new GithubBenchmarkWriter().write(run(), file);
        JsonNode array = Json.MAPPER.readTree(file.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode e = array.get(0);
        assertThat(e.get("name").asText())
                .isEqualTo(
                        "compression/compression_speed/end_to_end_ms[model=rfcc-base-4x,document_size=1000,note=a\\,\"quoted\" value]");
        assertThat(SeriesNames.parse(e.get("name").asText()).orElseThrow().params())
                .as("the comma inside a value is escaped, so the name reads back")
                .containsEntry("note", "a,\"quoted\" value")
                .containsEntry("document_size", 1000L);
        assertThat(e.get("unit").asText()).isEqualTo("ms");
        assertThat(e.get("value").asDouble()).as("√(110 × 111)").isEqualTo(110.49886877249016);
        assertThat(e.get("range").asText()).isEqualTo("± 6.35658");
        assertThat(e.get("extra").asText()).startsWith("forks=2 samples=2");
        assertThat(e.fieldNames()).toIterable().containsExactly("name", "unit", "value", "range", "extra");
    }

    @Test
    void csv_headerAndOneRowPerMetric_escapedAsRfc4180() throws IOException {
        Path file = dir.resolve("benchmark_results.csv");
        new CsvWriter().write(run(), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines)
                .containsExactly(
                        "suite,benchmark,params,metric,unit,direction,value,ci_low,ci_high,forks,samples",
                        "compression,compression_speed,\"model=rfcc-base-4x;document_size=1000;note=a,\"\"quoted\"\" value\","
                                + "tokens_per_second,tokens/s,higher_is_better,9000.5,9000.0,9001.0,1,2",
                        "compression,compression_speed,\"model=rfcc-base-4x;document_size=1000;note=a,\"\"quoted\"\" value\","
                                + "end_to_end_ms,ms,lower_is_better,110.49886877249016,104.32497137347127,117.0381341998132,2,2");
    }

    @Test
    void runRecord_isWrittenWhole_andReadsBack() throws IOException {
        Path file = dir.resolve("benchmark_run.json");
        Files.writeString(file, "old content");
        new RunRecordWriter().write(run(), file);
        assertThat(Json.MAPPER.readTree(file.toFile()).get("schema").asText()).isEqualTo("rfcc-bench/run/v1");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
