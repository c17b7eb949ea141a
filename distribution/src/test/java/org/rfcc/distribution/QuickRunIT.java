package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assembled application run as a user runs it: {@code run --quick} in real JMH forks, then
 * every benchmark and metric of CONTRACT.md checked in the files it wrote.
 */
final class QuickRunIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> CONTRACT = Map.of(
            "compression/compression_speed",
                    Set.of("tokens_per_second", "end_to_end_ms", "documents_per_minute", "cpu_utilization"),
            "compression/compression_ratio",
                    Set.of("achieved_ratio", "ratio_error", "information_retention", "reconstruction_quality", "f1"),
            "compression/memory_usage", Set.of("peak_heap_mb", "peak_rss_mb", "alloc_mb_per_op"),
            "compression/compression_stages", Set.of("split_ms", "tokenize_ms", "embed_ms", "select_ms"),
            "models/model_loading", Set.of("load_time_ms"),
            "models/tokenizer_speed", Set.of("tokens_per_second"),
            "inference/inference_latency", Set.of("latency_p50_ms", "latency_p99_ms", "first_token_latency_ms"),
            "inference/batch_processing", Set.of("throughput_tokens_per_second", "batch_efficiency"));

    @TempDir
    static Path reports;

    private static App.Outcome quick;

    static App.Outcome app(String... args) throws IOException, InterruptedException {
        return App.run(reports, args);
    }

    @BeforeAll
    static void runQuick() throws Exception {
        quick = app(
                "--store",
                store(),
                "run",
                "--quick",
                "--report-dir",
                reports.resolve("quick").toString());
    }

    @Test
    void quick_exitsZero_andWritesTheThreeFiles() {
        assertThat(quick.code()).as(quick.err()).isZero();
        assertThat(reports.resolve("quick/benchmark_run.json")).isRegularFile();
        assertThat(reports.resolve("quick/benchmark_results.json")).isRegularFile();
        assertThat(reports.resolve("quick/benchmark_results.csv")).isRegularFile();
        assertThat(quick.err()).contains("[1/");
    }

    @Test
    void quick_hasEveryBenchmarkAndMetricOfTheContract_withPlausibleValues() throws IOException {
        JsonNode run = JSON.readTree(reports.resolve("quick/benchmark_run.json").toFile());
        assertThat(run.get("schema").asText()).isEqualTo("rfcc-bench/run/v1");
        assertThat(run.get("profile").asText()).isEqualTo("quick");
        assertThat(run.get("machine").get("cpu_cores").asInt()).isPositive();
        Map<String, Set<String>> seen = new HashMap<>();
        Set<String> tokenizers = new TreeSet<>();
        for (JsonNode r : run.get("results")) {
            assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("ok");
            String id = r.get("suite").asText() + "/" + r.get("benchmark").asText();
            r.get("metrics").fieldNames().forEachRemaining(m -> seen.computeIfAbsent(id, k -> new TreeSet<>())
                    .add(m));
            JsonNode m = r.get("metrics");
            for (String q : List.of(
                    "information_retention",
                    "reconstruction_quality",
                    "f1",
                    "information_retention_no_query",
                    "information_retention_random",
                    "information_retention_lead_n")) {
                if (m.has(q)) {
                    assertThat(m.get(q).get("value").asDouble()).isBetween(0.0, 1.0);
                }
            }
            if (m.has("latency_p50_ms")) {
                assertThat(m.get("latency_p50_ms").get("value").asDouble())
                        .isLessThanOrEqualTo(
                                m.get("latency_p99_ms").get("value").asDouble());
            }
            if (m.has("peak_rss_mb")) {
                assertThat(m.get("peak_rss_mb").get("value").asDouble())
                        .isGreaterThan(m.get("peak_heap_mb").get("value").asDouble());
            }
            if (m.has("tokens_per_second")) {
                assertThat(m.get("tokens_per_second").get("samples").get(0).size())
                        .isEqualTo(2);
            }
            if (r.get("params").has("tokenizer")) {
                tokenizers.add(r.get("params").get("tokenizer").asText());
            }
        }
        CONTRACT.forEach((id, metrics) -> assertThat(seen.get(id)).as(id).containsAll(metrics));
        assertThat(seen.get("compression/compression_speed")).contains("gc.alloc.rate.norm");
        assertThat(tokenizers).containsExactly("cl100k_base", "o200k_base", "wordpiece");
        assertThat(run.get("thresholds")).hasSize(5);
    }

    @Test
    void quick_report_opensInChromium_offline_withFiveSectionsAndVisiblePlots() throws Exception {
        Path dir = reports.resolve("quick");
        assertThat(quick.out()).contains("wrote " + dir.resolve("benchmark_report.html"));
        try (var plots = Files.list(dir.resolve("benchmark_plots"))) {
            assertThat(plots.map(p -> p.getFileName().toString()))
                    .contains("compression_speed_rfcc-base-4x.png", "compression_speed_rfcc-base-4x.svg")
                    .contains("latency.png", "batch.svg", "retention_rfcc-base-4x.png");
        }
        assertThat(Files.size(dir.resolve("benchmark_report.html"))).isLessThan(2L << 20);
        ReportPage.assertReadable(
                dir.resolve("benchmark_report.html"), Path.of("target", "report-screenshots", "quick"));
    }

    @Test
    void quick_resultsJson_isGithubActionBenchmarkCustomSmallerIsBetter() throws IOException {
        JsonNode array =
                JSON.readTree(reports.resolve("quick/benchmark_results.json").toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isGreaterThan(10);
        for (JsonNode e : array) {
            assertThat(e.get("name").isTextual()).isTrue();
            assertThat(e.get("unit").isTextual()).isTrue();
            assertThat(e.get("value").isNumber()).isTrue();
            assertThat(e.get("name").asText())
                    .doesNotContain("tokens_per_second", "throughput", "information_retention");
        }
        assertThat(Files.readAllLines(reports.resolve("quick/benchmark_results.csv"))
                        .get(0))
                .isEqualTo("suite,benchmark,params,metric,unit,direction,value,ci_low,ci_high,forks,samples");
    }

    static String store() {
        return "jdbc:sqlite:" + reports.resolve("history/history.db");
    }

    @Test
    void quick_isStored_andASecondRunShowsBesideItInHistory() throws Exception {
        assertThat(quick.out()).contains("stored run ");
        App.Outcome second = app(
                "--store",
                store(),
                "run",
                "--quick",
                "--suite",
                "models",
                "--report-dir",
                reports.resolve("second").toString());
        assertThat(second.code()).as(second.err()).isZero();
        App.Outcome history = app("--store", store(), "history", "--format", "json");
        JsonNode rows = JSON.readTree(history.out());
        Set<String> runs = new TreeSet<>();
        Set<String> metrics = new TreeSet<>();
        rows.forEach(r -> {
            runs.add(r.get("run_id").asText());
            metrics.add(r.get("metric").asText());
        });
        assertThat(runs).hasSize(2);
        assertThat(metrics).contains("tokens_per_second", "peak_rss_mb", "gc.alloc.rate.norm", "load_time_ms");
        assertThat(app("--store", store(), "history").out()).contains("rows from 2 runs");
    }

    @Test
    void badConfig_isOneLineAndExitTwo_andWritesNothing() throws Exception {
        Path config = Files.writeString(reports.resolve("bad.yaml"), "benchmarks:\n  compression: [1, 2\n");
        Path dir = Files.createDirectories(reports.resolve("bad"));
        Files.writeString(dir.resolve("benchmark_run.json"), "kept");
        App.Outcome o = app("--config", config.toString(), "run", "--quick", "--report-dir", dir.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("rfcc-bench: " + config + ":").contains("malformed YAML");
        assertThat(o.err().strip().lines()).hasSize(1);
        assertThat(Files.readString(dir.resolve("benchmark_run.json"))).isEqualTo("kept");
    }

    @Test
    void unknownSuite_orBadForks_exitTwo() throws Exception {
        App.Outcome suite = app("run", "--suite", "gpu");
        assertThat(suite.code()).isEqualTo(2);
        assertThat(suite.err()).contains("unknown suite 'gpu'; valid: compression, models, inference, all");
        assertThat(app("run", "--forks", "0").code()).isEqualTo(2);
    }

    @Test
    void compare_runWithItself_showsEveryMetricsValueAsTheRecordCsvAndHtmlDo() throws Exception {
        Path dir = reports.resolve("quick");
        Path record = dir.resolve("benchmark_run.json");
        App.Outcome o = app("--store", store(), "compare", record.toString(), record.toString(), "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        Map<String, Double> recorded = new HashMap<>();
        for (JsonNode r : JSON.readTree(record.toFile()).get("results")) {
            r.get("metrics")
                    .properties()
                    .forEach(e -> recorded.put(
                            key(r.get("suite").asText(), r.get("benchmark").asText(), r.get("params"), e.getKey()),
                            e.getValue().get("value").asDouble()));
        }
        Map<String, Double> csv = new HashMap<>();
        for (String line :
                Files.readAllLines(dir.resolve("benchmark_results.csv")).subList(1, recorded.size() + 1)) {
            String[] c = line.split(",");
            csv.put(c[0] + "/" + c[1] + "/" + c[2] + "/" + c[3], Double.parseDouble(c[6]));
        }
        String html = Files.readString(dir.resolve("benchmark_report.html"));
        JsonNode changes = JSON.readTree(o.out()).get("changes");
        assertThat(changes.size()).isEqualTo(recorded.size());
        for (JsonNode ch : changes) {
            String key = key(
                    ch.get("suite").asText(),
                    ch.get("benchmark").asText(),
                    ch.get("params"),
                    ch.get("metric").asText());
            double value = recorded.get(key);
            assertThat(ch.get("base_value").asDouble()).as(key).isEqualTo(value);
            assertThat(ch.get("head_value").asDouble()).as(key).isEqualTo(value);
            assertThat(csv).as(key).containsEntry(csvKey(ch), value);
            assertThat(html).as(key).contains("data-v=\"" + value + "\"");
        }
    }

    private static String key(String suite, String benchmark, JsonNode params, String metric) {
        return suite + "/" + benchmark + "/" + params + "/" + metric;
    }

    private static String csvKey(JsonNode ch) {
        StringBuilder p = new StringBuilder();
        ch.get("params").properties().forEach(e -> p.append(p.length() == 0 ? "" : ";")
                .append(e.getKey())
                .append('=')
                .append(e.getValue().asText()));
        return ch.get("suite").asText() + "/" + ch.get("benchmark").asText() + "/" + p + "/"
                + ch.get("metric").asText();
    }
}
