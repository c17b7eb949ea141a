package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code profile} as a user runs it: CPU, memory and GPU around RFCC's quick compression benchmark
 * and around the JMH sample jar, with real async-profiler forks, and the mistakes a user makes.
 */
final class ProfileIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = System.getProperty("rfcc.sample.jar");

    @TempDir
    static Path dir;

    private static App.Outcome rfcc;

    @BeforeAll
    static void profileRfcc() throws Exception {
        rfcc = App.run(
                dir,
                "profile",
                "--cpu",
                "--memory",
                "--gpu",
                "--quick",
                "--suite",
                "compression",
                "--benchmark",
                "compression_speed",
                "--out",
                dir.resolve("rfcc").toString());
    }

    @Test
    void rfcc_writesFlamegraphs_hotMethods_aLeakVerdict_andTheNoGpuLine() throws IOException {
        assertThat(rfcc.code()).as(rfcc.err()).isZero();
        Path out = dir.resolve("rfcc");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index)
                .contains("cpu_hot_methods.csv", "memory_analysis.json", "gpu_analysis.json", "Profiler overhead");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith("-cpu-flamegraph.html"))
                    .anyMatch(n -> n.endsWith("-alloc-flamegraph.html"));
        }
        List<String> hot = Files.readAllLines(out.resolve("cpu_hot_methods.csv"));
        assertThat(hot.get(0)).isEqualTo("benchmark,order,rank,method,self,total,hottest_line");
        assertThat(hot)
                .anyMatch(l -> l.contains(",total,") && l.contains(",org.rfcc.compressor.embed.MiniLmEmbedder.embed,"));
        JsonNode memory = JSON.readTree(out.resolve("memory_analysis.json").toFile())
                .get("benchmarks")
                .get(0);
        assertThat(memory.get("leak_suspected").asBoolean()).isFalse();
        assertThat(memory.get("alloc_bytes_per_op").asDouble()).isPositive();
        assertThat(memory.get("iterations").asInt()).isEqualTo(10);
        JsonNode gpu = JSON.readTree(out.resolve("gpu_analysis.json").toFile());
        if (gpu.get("gpu").isNull()) {
            assertThat(gpu.get("reason").asText()).isNotBlank().doesNotContain("\n");
        }
    }

    /** {@code profile --cpu} of the sample jar's WorkBenchmark, quick, into {@code out} under the test's directory. */
    private static App.Outcome profileWork(Map<String, String> env, String out) throws Exception {
        return App.run(
                dir,
                env,
                "profile",
                "--cpu",
                "--jmh-jar",
                JAR,
                "--benchmark",
                "WorkBenchmark",
                "--iterations",
                "3",
                "--time",
                "100ms",
                "--out",
                dir.resolve(out).toString());
    }

    @Test
    void jmhJar_cpuProfile_namesTheBenchmarksMethodAndItsLine() throws Exception {
        App.Outcome o = profileWork(Map.of(), "jar");
        assertThat(o.code()).as(o.err()).isZero();
        List<String> hot = Files.readAllLines(dir.resolve("jar/cpu_hot_methods.csv"));
        assertThat(hot.get(1)).contains(",self,1,org.rfcc.examples.jmh.WorkBenchmark.mix,", "WorkBenchmark.mix:");
    }

    @Test
    void anAsyncProfilerThatCannotAttach_isOneLine_andJfrProfilesInstead() throws Exception {
        Path notALibrary = Files.writeString(dir.resolve("libnot-a-profiler.so"), "not an ELF file");
        App.Outcome o = profileWork(Map.of("RFCC_BENCH_ASYNC_PROFILER", notALibrary.toString()), "jfr");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err().lines().filter(l -> l.contains("async-profiler")))
                .singleElement()
                .asString()
                .startsWith("rfcc-bench: warning: async-profiler cannot attach here: ")
                .endsWith("; profiling with JFR instead");
        assertThat(Files.readString(dir.resolve("jfr/index.html"))).contains("Recorder: JFR");
        assertThat(Files.readAllLines(dir.resolve("jfr/cpu_hot_methods.csv")))
                .anyMatch(l -> l.contains(",org.rfcc.examples.jmh.WorkBenchmark.mix,"));
    }

    @Test
    void badInput_isOneLineAndExit2() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        for (String[] args : new String[][] {
            {"profile"},
            {"profile", "--wall"},
            {"profile", "--cpu", "--forks", "2"},
            {"profile", "--cpu", "--jmh-jar", String.valueOf(JAR), "--quick"},
            {"profile", "--cpu", "--jmh-jar", dir.resolve("missing.jar").toString()},
            {"profile", "--cpu", "--suite", "no-such-suite"},
            {"profile", "--cpu", "--quick", "--out", file.toString()}
        }) {
            App.Outcome o = App.run(dir, args);
            assertThat(o.code()).as(String.join(" ", args) + ": " + o.err()).isEqualTo(2);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
        }
    }
}
