package org.rfcc.bench.model.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.Defaults;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads benchmarks/config.yaml into a {@link BenchConfig}: YAML nodes first, then a profile merged
 * over the top level, then typed validation that fails with file, line, key path and expectation.
 */
public final class ConfigLoader {
    private static final List<String> TOP =
            List.of("benchmarks", "performance_thresholds", "reporting", "forks", "jvm_args", "history", "profiles");
    private static final List<String> BENCHMARKS = List.of("compression", "models", "hardware");
    private static final List<String> COMPRESSION =
            List.of("document_sizes", "compression_ratios", "repeat_count", "warmup_runs");
    private static final List<String> MODELS = List.of("test_models", "batch_sizes");
    private static final List<String> HARDWARE = List.of("cpu_only", "gpu_memory_limit");
    private static final List<String> THRESHOLDS = List.of("compression_speed", "model_loading", "inference");
    private static final List<String> SPEED = List.of("min_tokens_per_second", "max_memory_gb");
    private static final List<String> LOADING = List.of("max_load_time_seconds");
    private static final List<String> INFERENCE = List.of("max_latency_ms", "min_throughput_tokens_per_second");
    private static final List<String> REPORTING = List.of("output_format", "include_system_info", "generate_plots");
    private static final List<String> HISTORY = List.of("retention_months");
    private static final String SECTIONS = "the benchmarks, performance_thresholds and reporting sections";
    private static final int ANY = Integer.MAX_VALUE;

    private ConfigLoader() {}

    /**
     * Reads and validates {@code file}.
     *
     * @param profile null or "full" for the top level, else the name of an entry under {@code profiles}
     * @param knownModels the model names {@code test_models} may use; empty for any
     * @throws ConfigException when the file is missing, unreadable, malformed or invalid
     */
    public static BenchConfig load(Path file, String profile, Set<String> knownModels) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(knownModels, "knownModels");
        YamlFile doc = YamlFile.read(
                file, "a benchmark configuration there (run from the repository root or pass --config PATH)", SECTIONS);
        YamlNodes yaml = doc.yaml();
        // The file as written is checked whole, every profile too, whichever one runs: a mistake
        // that the chosen profile happens to override is still a mistake in the file.
        BenchConfig written = config(yaml, doc.top(), knownModels);
        BenchConfig chosen = written;
        for (String name : Profiles.names(yaml, doc.top())) {
            BenchConfig merged = config(yaml, Profiles.apply(yaml, doc.top(), name), knownModels);
            if (name.equals(profile)) {
                chosen = merged;
            }
        }
        if (chosen == written && profile != null && !profile.equals(Profiles.FULL)) {
            Profiles.apply(yaml, doc.top(), profile); // fails naming the profiles there are
        }
        return chosen;
    }

    private static BenchConfig config(YamlNodes yaml, MappingNode top, Set<String> knownModels) {
        return config(yaml, Section.open(yaml, YamlNodes.TOP, top, top, TOP), knownModels);
    }

    private static BenchConfig config(YamlNodes yaml, Section top, Set<String> knownModels) {
        Section benchmarks = top.section("benchmarks", BENCHMARKS);
        Benchmarks bench = new Benchmarks(
                compression(benchmarks.section("compression", COMPRESSION)),
                models(benchmarks.section("models", MODELS), knownModels),
                hardware(yaml, benchmarks.section("hardware", HARDWARE)));
        Thresholds thresholds = thresholds(top.section("performance_thresholds", THRESHOLDS));
        Reporting reporting = reporting(top.section("reporting", REPORTING));
        int forks = top.integer("forks", 1, ANY, Defaults.FORKS);
        List<String> jvmArgs = top.optional("jvm_args")
                .map(list -> top.strings(list, "jvm_args", "JVM flag", null, true))
                .orElse(Defaults.JVM_ARGS);
        int retention = top.optionalSection("history", HISTORY)
                .map(h -> h.integer("retention_months", 0, ANY, Defaults.RETENTION_MONTHS))
                .orElse(Defaults.RETENTION_MONTHS);
        return new BenchConfig(bench, thresholds, reporting, forks, jvmArgs, retention);
    }

    private static Compression compression(Section s) {
        return new Compression(
                s.integers(
                        "document_sizes",
                        Compression.MIN_DOCUMENT_SIZE,
                        Compression.MAX_DOCUMENT_SIZE,
                        "integers from " + Compression.MIN_DOCUMENT_SIZE + " to " + Compression.MAX_DOCUMENT_SIZE),
                s.numbers(
                        "compression_ratios",
                        Compression.MIN_RATIO,
                        Compression.MAX_RATIO,
                        "numbers from " + Compression.MIN_RATIO + " to " + Compression.MAX_RATIO),
                s.integer("repeat_count", 1, ANY),
                s.integer("warmup_runs", 0, ANY));
    }

    private static ModelsSection models(Section s, Set<String> knownModels) {
        // no installed suite knows any model: names cannot be checked, so any is taken
        List<String> known =
                knownModels.isEmpty() ? null : knownModels.stream().sorted().toList();
        Node models = s.required("test_models", "a list of model names");
        return new ModelsSection(
                s.strings(models, "test_models", "model", known, false),
                s.integers("batch_sizes", 1, ANY, "positive integers"));
    }

    private static Hardware hardware(YamlNodes yaml, Section s) {
        boolean cpuOnly = s.bool("cpu_only");
        Node limit = s.required("gpu_memory_limit", Hardware.SIZE_EXAMPLES);
        String text = yaml.parsed(
                limit,
                s.path("gpu_memory_limit"),
                t -> Hardware.parseSize(t).isPresent() ? Optional.of(t) : Optional.empty(),
                "a memory size",
                Hardware.SIZE_EXAMPLES);
        return new Hardware(cpuOnly, text);
    }

    private static Thresholds thresholds(Section s) {
        Section speed = s.section("compression_speed", SPEED);
        Section loading = s.section("model_loading", LOADING);
        Section inference = s.section("inference", INFERENCE);
        return new Thresholds(
                speed.positiveNumber("min_tokens_per_second"),
                speed.positiveNumber("max_memory_gb"),
                loading.positiveNumber("max_load_time_seconds"),
                inference.positiveNumber("max_latency_ms"),
                inference.positiveNumber("min_throughput_tokens_per_second"));
    }

    private static Reporting reporting(Section s) {
        Node formats = s.required("output_format", "a list of output formats");
        return new Reporting(
                s.strings(formats, "output_format", "output format", Reporting.OUTPUT_FORMATS, false),
                s.bool("include_system_info"),
                s.bool("generate_plots"));
    }
}
