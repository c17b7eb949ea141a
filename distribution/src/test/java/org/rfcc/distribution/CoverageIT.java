package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --coverage} as a user runs it: RFCC's quick profile with JaCoCo's agent on real forks
 * and its representative workload profiled for the critical paths, a JMH jar's own packages, and the
 * mistakes a user makes.
 */
final class CoverageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = System.getProperty("rfcc.sample.jar");

    @TempDir
    Path dir;

    @Test
    void rfccQuick_coversTheCompressor_andNamesItsCriticalPaths() throws Exception {
        App.Outcome o = App.run(
                dir,
                "--store",
                "jdbc:sqlite:" + dir.resolve("h.db"),
                "run",
                "--quick",
                "--coverage",
                "--no-notify",
                "--report-dir",
                dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode coverage =
                JSON.readTree(dir.resolve("benchmark_run.json").toFile()).path("coverage");
        assertThat(coverage.path("packages").get(0).asText()).isEqualTo("org.rfcc.compressor");
        assertThat(coverage.path("line").asDouble()).isBetween(0.3, 1.0);
        assertThat(coverage.path("branch").asDouble()).isBetween(0.2, 1.0);
        List<String> critical = new ArrayList<>();
        coverage.path("critical").forEach(c -> critical.add(c.path("method").asText()));
        assertThat(critical).contains("org.rfcc.compressor.RfccCompressor.compressAll");
        assertThat(critical).noneMatch(m -> m.startsWith("org.rfcc.compressor.corpus."));
        assertThat(coverage.path("critical_paths").asDouble()).isBetween(0.5, 1.0);
        assertThat(coverage.path("classes").size()).isGreaterThan(10);
        assertThat(o.out()).containsPattern("benchmark coverage of org.rfcc.compressor.*: line [0-9.]+%, branch");
        assertThat(Files.readString(dir.resolve("benchmark_report.html"))).contains("Benchmark Coverage");
        App.Outcome history = App.run(
                dir,
                "--store",
                "jdbc:sqlite:" + dir.resolve("h.db"),
                "history",
                "--suite",
                "coverage",
                "--format",
                "csv");
        assertThat(history.out()).as(history.err()).contains("line_coverage", "critical_path_coverage");
    }

    @Test
    void aJmhJar_isCoveredInTheGivenPackages() throws Exception {
        App.Outcome o = App.run(
                dir,
                "run",
                "--jmh-jar",
                JAR,
                "--include",
                "WorkBenchmark",
                "--forks",
                "1",
                "--iterations",
                "2",
                "--time",
                "100ms",
                "--warmup-iterations",
                "1",
                "--coverage",
                "--coverage-include",
                "org.rfcc.examples",
                "--no-store",
                "--report-dir",
                dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode coverage =
                JSON.readTree(dir.resolve("benchmark_run.json").toFile()).path("coverage");
        List<String> unexecuted = new ArrayList<>();
        coverage.path("unexecuted_methods").forEach(m -> unexecuted.add(m.asText()));
        assertThat(unexecuted)
                .contains("org.rfcc.examples.jmh.ParseBenchmark.parse", "org.rfcc.examples.jmh.StagesBenchmark.score")
                .doesNotContain("org.rfcc.examples.jmh.WorkBenchmark.mix");
        assertThat(unexecuted).noneMatch(m -> m.contains("jmh_generated"));
        assertThat(coverage.path("critical_paths").isNull()).isTrue();
        assertThat(coverage.path("critical_reason").asText()).contains("no representative workload");
    }

    @Test
    void badInput_isOneLineAndExit2() throws Exception {
        for (String[] args : new String[][] {
            {"run", "--quick", "--coverage-include", "org.rfcc", "--no-store"},
            {"run", "--quick", "--coverage", "--compare-with", "HEAD", "--no-store"},
            {"run", "--jmh-jar", JAR, "--coverage", "--no-store"},
            {
                "run",
                "--jmh-jar",
                JAR,
                "--include",
                "WorkBenchmark",
                "--coverage",
                "--coverage-include",
                "no.such.pkg",
                "--no-store"
            },
        }) {
            App.Outcome o = App.run(dir, args);
            assertThat(o.code()).as(String.join(" ", args) + ": " + o.err()).isEqualTo(2);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
        }
    }
}
