package org.rfcc.bench.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfcc.bench.model.Defaults;

final class ConfigLoaderTest {
    private static final Set<String> MODELS = Set.of("rfcc-base-8x", "rfcc-base-2x", "rfcc-base-4x");
    private static String defaultYaml;

    @TempDir
    Path dir;

    @BeforeAll
    static void readDefault() throws IOException {
        try (InputStream in = ConfigLoaderTest.class.getResourceAsStream("/config/config.yaml")) {
            defaultYaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void load_defaultFile_readsEveryValue() throws IOException {
        BenchConfig config = ConfigLoader.load(write(defaultYaml), null, MODELS);

        Compression compression = config.benchmarks().compression();
        assertThat(compression.documentSizes()).containsExactly(1000, 5000, 10000, 50000, 100000);
        assertThat(compression.compressionRatios()).containsExactly(2.0, 4.0, 8.0, 16.0, 32.0);
        assertThat(compression.repeatCount()).isEqualTo(5);
        assertThat(compression.warmupRuns()).isEqualTo(2);
        assertThat(config.benchmarks().models())
                .isEqualTo(new ModelsSection(
                        List.of("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x"), List.of(1, 4, 8, 16)));
        Hardware hardware = config.benchmarks().hardware();
        assertThat(hardware.cpuOnly()).isTrue();
        assertThat(hardware.gpuMemoryLimit()).isEqualTo("8GB");
        assertThat(hardware.gpuMemoryLimitBytes()).isEqualTo(8L << 30);
        assertThat(config.performanceThresholds()).isEqualTo(new Thresholds(1000, 4.0, 30, 500, 100));
        assertThat(config.reporting()).isEqualTo(new Reporting(List.of("json", "html", "csv"), true, true));
        assertThat(config.forks()).isEqualTo(1);
        assertThat(config.jvmArgs()).isEmpty();
        assertThat(config.retentionMonths()).isEqualTo(12);
    }

    @Test
    void load_fullProfile_isTheTopLevelAsIs() throws IOException {
        Path file = write(defaultYaml);

        assertThat(ConfigLoader.load(file, "full", MODELS)).isEqualTo(ConfigLoader.load(file, null, MODELS));
    }

    @Test
    void load_quickProfile_mergesOverTheTopLevel() throws IOException {
        BenchConfig full = ConfigLoader.load(write(defaultYaml), null, MODELS);
        BenchConfig quick = ConfigLoader.load(write(defaultYaml), "quick", MODELS);

        assertThat(quick.benchmarks().compression()).isEqualTo(new Compression(List.of(1000), List.of(4.0), 2, 1));
        assertThat(quick.benchmarks().models()).isEqualTo(new ModelsSection(List.of("rfcc-base-4x"), List.of(1)));
        assertThat(quick.benchmarks().hardware()).isEqualTo(full.benchmarks().hardware());
        assertThat(quick.performanceThresholds()).isEqualTo(full.performanceThresholds());
        assertThat(quick.reporting()).isEqualTo(full.reporting());
        assertThat(quick.forks()).isEqualTo(3);
    }

    @Test
    void load_profileReplacesAList_andKeepsSiblingKeys() throws IOException {
        Path file = write(defaultYaml + "  mini:\n    reporting:\n      output_format: [markdown]\n");

        BenchConfig mini = ConfigLoader.load(file, "mini", MODELS);

        assertThat(mini.reporting()).isEqualTo(new Reporting(List.of("markdown"), true, true));
        assertThat(mini.benchmarks().compression().documentSizes()).hasSize(5);
    }

    @Test
    void load_optionalKeysAbsent_usesDefaults() throws IOException {
        String topOnly = defaultYaml.substring(0, defaultYaml.indexOf("# Keys below"));

        BenchConfig config = ConfigLoader.load(write(topOnly), null, MODELS);

        assertThat(config.forks()).isEqualTo(Defaults.FORKS);
        assertThat(config.jvmArgs()).isEqualTo(Defaults.JVM_ARGS);
        assertThat(config.retentionMonths()).isEqualTo(Defaults.RETENTION_MONTHS);
    }

    @Test
    void load_optionalKeysGiven_areRead() throws IOException {
        Path file = write(replace(
                replace(replace(defaultYaml, "forks: 1 ", "forks: 3 "), "jvm_args: []", "jvm_args: [-Xmx2g]"),
                "retention_months: 12",
                "retention_months: 6"));

        BenchConfig config = ConfigLoader.load(file, null, MODELS);

        assertThat(config.forks()).isEqualTo(3);
        assertThat(config.jvmArgs()).containsExactly("-Xmx2g");
        assertThat(config.retentionMonths()).isEqualTo(6);
    }

    @Test
    void load_malformedYaml_namesLineAndProblem() throws IOException {
        Path file = write(replace(defaultYaml, "    repeat_count: 5", "    repeat_count: [5"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessageStartingWith(file + ":6: malformed YAML: ")
                .withMessageNotContaining("\n");
    }

    @Test
    void load_missingFile_saysNoSuchFileWithAHint() {
        Path file = dir.resolve("nope.yaml");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ": no such file; expected a benchmark configuration there"
                        + " (run from the repository root or pass --config PATH)");
    }

    @Test
    void load_emptyFile_namesTheRequiredSections() throws IOException {
        String expected = ": the file is empty; expected the benchmarks, performance_thresholds and reporting sections";
        Path empty = write("");
        Path commentsOnly = Files.writeString(dir.resolve("comments.yaml"), "# nothing yet\n");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(empty, null, MODELS))
                .withMessage(empty + expected);
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(commentsOnly, null, MODELS))
                .withMessage(commentsOnly + expected);
    }

    @Test
    void load_notAMapping_expectsTheSections() throws IOException {
        Path file = write("- benchmarks\n");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":1: (top level): a list is given; expected a mapping with the benchmarks,"
                        + " performance_thresholds and reporting sections");
    }

    @Test
    void load_unknownKey_namesFileKeyAndLine() throws IOException {
        Path file = write(replace(defaultYaml, "    repeat_count: 5", "    repeat_cuont: 5"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":5: benchmarks.compression.repeat_cuont: unknown key; expected one of"
                        + " document_sizes, compression_ratios, repeat_count, warmup_runs");
    }

    @Test
    void load_missingKey_namesPathAndTheLineOfItsParent() throws IOException {
        Path file = write(replace(defaultYaml, "    warmup_runs: 2\n", ""));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":2: benchmarks.compression.warmup_runs: missing key;"
                        + " expected zero or a positive integer");
    }

    @Test
    void load_missingSection_namesItsKeys() throws IOException {
        Path file = write(replace(defaultYaml, "  model_loading:\n    max_load_time_seconds: 30\n", ""));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":13: performance_thresholds.model_loading: missing key;"
                        + " expected a mapping with the keys max_load_time_seconds");
    }

    @Test
    void load_duplicateKey_namesBothLines() throws IOException {
        Path file = write(replace(defaultYaml, "    warmup_runs: 2\n", "    warmup_runs: 2\n    repeat_count: 3\n"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":7: benchmarks.compression.repeat_count: the key appears twice"
                        + " (first on line 5); expected each key once");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "repeat_count: 5|repeat_count: \"five\"|5|benchmarks.compression.repeat_count"
                        + "|\"five\" is a string; expected a positive integer",
                "cpu_only: true|cpu_only: maybe|11|benchmarks.hardware.cpu_only"
                        + "|maybe is a string; expected true or false",
                "document_sizes: [1000, 5000, 10000, 50000, 100000]|document_sizes: \"lots\"|3"
                        + "|benchmarks.compression.document_sizes"
                        + "|\"lots\" is a string; expected a list of integers from 1000 to 100000",
                "warmup_runs: 2|warmup_runs:|6|benchmarks.compression.warmup_runs"
                        + "|the value is empty; expected zero or a positive integer",
                "  retention_months: 12   # default 12|  - 12|31|history"
                        + "|a list is given; expected a mapping with the keys retention_months",
                "forks: 1                 #|forks: 2.5 #|28|forks|2.5 is a decimal number; expected a positive integer",
                "jvm_args: []|jvm_args: [-Xmx2g, 7]|29|jvm_args[1]|7 is an integer; expected a JVM flag",
                "jvm_args: []|jvm_args: {heap: 2g}|29|jvm_args|a mapping is given; expected a list of JVM flags",
            })
    void load_wrongType_namesTheTypeFoundAndExpected(
            String from, String to, int lineNumber, String path, String problem) throws IOException {
        Path file = write(replace(defaultYaml, from, to));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":" + lineNumber + ": " + path + ": " + problem);
    }

    @Test
    void load_emptyList_isRejected() throws IOException {
        Path file = write(replace(defaultYaml, "batch_sizes: [1, 4, 8, 16]", "batch_sizes: []"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":9: benchmarks.models.batch_sizes: the list is empty;"
                        + " expected a non-empty list of positive integers");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[1000, 5000, 10000, 50000, 100000]|[1000, -5]|3|benchmarks.compression.document_sizes[1]"
                        + "|-5 is not allowed; expected a positive integer",
                "[1000, 5000, 10000, 50000, 100000]|[500]|3|benchmarks.compression.document_sizes[0]"
                        + "|500 is out of range; expected an integer from 1000 to 100000",
                "[2, 4, 8, 16, 32]|[2, 0]|4|benchmarks.compression.compression_ratios[1]"
                        + "|0 is not allowed; expected a positive number",
                "[2, 4, 8, 16, 32]|[2, 128]|4|benchmarks.compression.compression_ratios[1]"
                        + "|128 is out of range; expected a number from 1 to 64",
                "repeat_count: 5|repeat_count: 0|5|benchmarks.compression.repeat_count"
                        + "|0 is not allowed; expected a positive integer",
                "warmup_runs: 2|warmup_runs: -1|6|benchmarks.compression.warmup_runs"
                        + "|-1 is not allowed; expected zero or a positive integer",
                "[1, 4, 8, 16]|[1, 0]|9|benchmarks.models.batch_sizes[1]"
                        + "|0 is not allowed; expected a positive integer",
                "forks: 1                 #|forks: 0 #|28|forks|0 is not allowed; expected a positive integer",
                "retention_months: 12|retention_months: -3|31|history.retention_months"
                        + "|-3 is not allowed; expected zero or a positive integer",
            })
    void load_zeroNegativeOrOutOfRange_isRejected(String from, String to, int lineNumber, String path, String problem)
            throws IOException {
        Path file = write(replace(defaultYaml, from, to));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":" + lineNumber + ": " + path + ": " + problem);
    }

    @Test
    void load_unknownModel_namesTheValidOnes() throws IOException {
        Path file = write(replace(defaultYaml, "\"rfcc-base-8x\"]", "\"rfcc-base-99x\"]"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":8: benchmarks.models.test_models[2]: unknown model \"rfcc-base-99x\";"
                        + " expected one of rfcc-base-2x, rfcc-base-4x, rfcc-base-8x");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "max_latency_ms: 500|max_latency_ms: fast|20|performance_thresholds.inference.max_latency_ms"
                        + "|fast is a string; expected a positive number",
                "max_memory_gb: 4.0|max_memory_gb: -4.0|16|performance_thresholds.compression_speed.max_memory_gb"
                        + "|-4.0 is not allowed; expected a positive number",
                "max_load_time_seconds: 30|max_load_time_seconds: 0|18"
                        + "|performance_thresholds.model_loading.max_load_time_seconds"
                        + "|0 is not allowed; expected a positive number",
                "min_tokens_per_second: 1000|min_tokens_per_second: .inf|15"
                        + "|performance_thresholds.compression_speed.min_tokens_per_second"
                        + "|.inf is not allowed; expected a positive number",
            })
    void load_malformedThreshold_isRejected(String from, String to, int lineNumber, String path, String problem)
            throws IOException {
        Path file = write(replace(defaultYaml, from, to));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":" + lineNumber + ": " + path + ": " + problem);
    }

    @Test
    void load_badGpuMemoryLimit_expectsASize() throws IOException {
        Path file = write(replace(defaultYaml, "\"8GB\"", "\"8 gigs\""));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":12: benchmarks.hardware.gpu_memory_limit: \"8 gigs\" is not a memory size;"
                        + " expected a positive size such as 8GB, 512MB, 1.5GB or 1024KB");
    }

    @Test
    void load_unknownOutputFormat_listsTheFormats() throws IOException {
        Path file = write(replace(defaultYaml, "[\"json\", \"html\", \"csv\"]", "[json, pdf]"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":23: reporting.output_format[1]: unknown output format \"pdf\";"
                        + " expected one of json, html, csv, markdown");
    }

    @Test
    void load_unknownProfile_listsTheAvailableOnes() throws IOException {
        Path file = write(defaultYaml);

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, "fast", MODELS))
                .withMessage(file + ":32: profiles: unknown profile \"fast\"; expected one of full, quick");
    }

    @Test
    void load_errorInsideProfile_namesTheLineInTheProfile() throws IOException {
        Path file = write(replace(defaultYaml, "batch_sizes: [1]", "batch_sizes: [1, -4]"));

        for (String profile : new String[] {null, "full", "quick"}) {
            assertThatExceptionOfType(ConfigException.class)
                    .as("a mistake in a profile is a mistake in the file, whichever profile runs")
                    .isThrownBy(() -> ConfigLoader.load(file, profile, MODELS))
                    .withMessage(file + ":42: benchmarks.models.batch_sizes[1]: -4 is not allowed;"
                            + " expected a positive integer");
        }
    }

    @Test
    void load_quickProfile_stillRefusesAWrongTypeItOverrides() throws IOException {
        Path file = write(replace(defaultYaml, "repeat_count: 5", "repeat_count: five"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, "quick", MODELS))
                .withMessageContaining("benchmarks.compression.repeat_count")
                .withMessageContaining("five");
    }

    @Test
    void load_unknownKeyInsideProfile_namesTheLineInTheProfile() throws IOException {
        Path file = write(replace(defaultYaml, "        warmup_runs: 1", "        warmups: 1"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, "quick", MODELS))
                .withMessage(file + ":39: benchmarks.compression.warmups: unknown key; expected one of"
                        + " document_sizes, compression_ratios, repeat_count, warmup_runs");
    }

    @Test
    void load_multiLineValue_keepsTheMessageOnOneLine() throws IOException {
        Path file = write(replace(defaultYaml, "    repeat_count: 5", "    repeat_count: \"five\n\n      or six\""));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, null, MODELS))
                .withMessage(file + ":5: benchmarks.compression.repeat_count: \"five\\nor six\" is a string;"
                        + " expected a positive integer");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("config.yaml"), yaml);
    }

    private static String replace(String yaml, String from, String to) {
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }
}
