package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --profile-diff} on a real slowdown in one named method: the JMH sample's StagesBenchmark,
 * whose {@code score} stage alone runs three times its work on the head side
 * ({@code -Dsample.score.factor=3}), both sides profiled by async-profiler in real forks; then the
 * profiler that cannot attach, and the mistakes a user makes.
 */
final class ProfileDiffIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = System.getProperty("rfcc.sample.jar");

    @TempDir
    Path dir;

    private App.Outcome ab(Map<String, String> env, String format) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "ab",
                "--base",
                JAR,
                "--head",
                JAR,
                "--include",
                "StagesBenchmark",
                "--head-jvm-arg=-Dsample.score.factor=3",
                "--forks",
                "3",
                "--no-store",
                "--profile-diff",
                "--profile-diff-dir",
                dir.toString(),
                "--format",
                format));
        return App.run(dir, env, args.toArray(String[]::new));
    }

    @Test
    void theDifferentialFlamegraph_namesTheSlowedMethod() throws Exception {
        App.Outcome o = ab(Map.of(), "json");
        assertThat(o.code()).as("a critical regression: exit 1; " + o.err()).isEqualTo(1);
        JsonNode diff = JSON.readTree(o.out()).path("profile_diffs").get(0);
        assertThat(diff.path("benchmark").asText()).isEqualTo("pipeline");
        assertThat(diff.path("method").asText()).isEqualTo("org.rfcc.examples.jmh.StagesBenchmark.score");
        assertThat(diff.path("head_share").asDouble())
                .isGreaterThan(diff.path("base_share").asDouble() + 0.1);
        assertThat(diff.path("where").asText())
                .startsWith("StagesBenchmark.score +")
                .contains("% of samples (");
        Path html = Path.of(diff.path("flamegraph").asText());
        assertThat(html).isAbsolute().startsWith(dir.resolve("profile_diff"));
        assertThat(Files.size(html)).isGreaterThan(1000);
        Path head = html.resolveSibling(html.getFileName().toString().replace(".html", "-head.collapsed"));
        assertThat(Files.readString(head))
                .as("only the benchmark's threads, from JMH's stub on")
                .contains("StagesBenchmark.score", "StagesBenchmark.parse")
                .doesNotContain("C2Compiler", "java.lang.Thread.run");
        assertThat(diff.path("samples").get(0).asLong()).isGreaterThan(50);
    }

    @Test
    void aProfilerThatCannotAttach_isOneLine_andTheComparisonStands() throws Exception {
        Path notALibrary = Files.writeString(dir.resolve("libnot-a-profiler.so"), "not an ELF file");
        App.Outcome o = ab(Map.of("RFCC_BENCH_ASYNC_PROFILER", notALibrary.toString()), "markdown");
        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.err().lines().filter(l -> l.contains("--profile-diff")))
                .singleElement()
                .asString()
                .startsWith("rfcc-bench: warning: --profile-diff: async-profiler cannot attach here: ")
                .endsWith("; the regressions go unprofiled");
        assertThat(o.out()).contains("| critical | regression |", "**Where the time went**", "cannot attach here");
        assertThat(dir.resolve("profile_diff")).doesNotExist();
    }

    @Test
    void badInput_isOneLineAndExit2() throws Exception {
        for (String[] args : new String[][] {
            {"run", "--quick", "--profile-diff", "--no-store"},
            {"run", "--jmh-jar", JAR, "--profile-diff", "--compare-with", "HEAD", "--no-store"},
        }) {
            App.Outcome o = App.run(dir, args);
            assertThat(o.code()).as(String.join(" ", args) + ": " + o.err()).isEqualTo(2);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
        }
    }
}
