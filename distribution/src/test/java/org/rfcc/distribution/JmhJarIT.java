package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Any JVM team's benchmarks, as such a team runs them: the JMH sample project's uber-jar run with
 * {@code run --jmh-jar} and {@code ab}, its own JMH JSON ingested into the same series, and the
 * mistakes a user makes, each one line and exit 2.
 */
final class JmhJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = System.getProperty("rfcc.sample.jar");
    private static final String WORK = "org.rfcc.examples.jmh.WorkBenchmark";
    /** Short iterations: the tests check behaviour, not speed. */
    private static final List<String> QUICK =
            List.of("--iterations", "3", "--warmup-iterations", "2", "--time", "100ms");

    @TempDir
    static Path dir;

    private static App.Outcome run;

    private static String store() {
        return "jdbc:sqlite:" + dir.resolve("history.db");
    }

    private static App.Outcome app(String... args) throws IOException, InterruptedException {
        return App.run(dir, args);
    }

    /** ab of the sample jar against itself, WorkBenchmark only, three quick rounds a side, then {@code extra}. */
    private static String[] abOfWork(String... extra) {
        List<String> ab = List.of(
                "--store", store(), "ab", "--base", JAR, "--head", JAR, "--include", "WorkBenchmark", "--forks", "3");
        return args(ab, args(QUICK, extra));
    }

    private static String[] args(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void runTheJar() throws Exception {
        assertThat(Path.of(JAR))
                .as("the sample jar is built before this module")
                .isRegularFile();
        run = app(args(
                List.of("--store", store(), "run", "--jmh-jar", JAR, "--include", "WorkBenchmark", "--forks", "2"),
                args(QUICK, "--report-dir", dir.resolve("run").toString())));
    }

    @Test
    void run_jmhJar_writesTheRunsFiles_withEveryForksRawSamples() throws IOException {
        assertThat(run.code()).as(run.err()).isZero();
        for (String file : List.of(
                "benchmark_run.json",
                "benchmark_results.json",
                "benchmark_results.csv",
                "benchmark_summary.md",
                "benchmark_report.html")) {
            assertThat(dir.resolve("run").resolve(file)).isRegularFile();
        }
        JsonNode record = JSON.readTree(dir.resolve("run/benchmark_run.json").toFile());
        assertThat(record.get("profile").asText()).isEqualTo("jmh");
        JsonNode r = record.get("results").get(0);
        assertThat(r.get("suite").asText()).isEqualTo(WORK);
        assertThat(r.get("benchmark").asText()).isEqualTo("mix");
        assertThat(r.get("params").get("size").asInt()).isEqualTo(1024);
        assertThat(r.get("params").get("mode").asText()).isEqualTo("avgt");
        JsonNode score = r.get("metrics").get("score");
        assertThat(score.get("unit").asText()).isEqualTo("us/op");
        assertThat(score.get("samples")).hasSize(2);
        assertThat(score.get("samples").get(0)).hasSize(3);
        assertThat(run.out()).contains("stored run ");
    }

    @Test
    void ingest_ofTheJarsOwnJson_landsInTheSameSeries() throws Exception {
        Path json = dir.resolve("jmh-result.json");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR,
                        "WorkBenchmark",
                        "-f",
                        "1",
                        "-i",
                        "2",
                        "-wi",
                        "1",
                        "-r",
                        "100ms",
                        "-w",
                        "100ms",
                        "-rf",
                        "json",
                        "-rff",
                        json.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("jmh.log").toFile())
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        App.Outcome ingest = app("--store", store(), "ingest", json.toString(), "--machine", "this");
        assertThat(ingest.code()).as(ingest.err()).isZero();
        App.Outcome history =
                app("--store", store(), "history", "--suite", WORK, "--metric", "score", "--format", "json");
        JsonNode rows = JSON.readTree(history.out());
        assertThat(rows.size()).as("the jar's run and the ingested file").isGreaterThanOrEqualTo(2);
        List<String> keys = new ArrayList<>();
        rows.forEach(row ->
                keys.add(row.get("suite").asText() + "/" + row.get("benchmark").asText() + "/"
                        + row.get("params") + "/" + row.get("metric").asText() + "/"
                        + row.get("machine").asText() + "/"
                        + row.get("profile").asText()));
        assertThat(keys).as("one series: same names, machine and profile").containsOnly(keys.get(0));
        List<String> sources = new ArrayList<>();
        rows.forEach(row -> sources.add(row.get("source").asText()));
        assertThat(sources).contains("run", "ingest");
    }

    @Test
    void ab_slowerHead_isARegression_andTheJarAgainstItself_isNot() throws Exception {
        App.Outcome regressed =
                app(abOfWork("--head-jvm-arg=-Dsample.work.factor=1.3", "--format", "json", "--fail-on", "warning"));
        assertThat(regressed.code()).as(regressed.err()).isEqualTo(1);
        JsonNode change = JSON.readTree(regressed.out()).get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("regression");
        assertThat(change.get("level").asText()).isIn("warning", "critical");
        assertThat(change.get("change_pct").asDouble()).isBetween(15.0, 45.0);
        assertThat(regressed.err()).contains("round 4 of 6: base", "round 6 of 6: head");

        App.Outcome same = app(abOfWork("--fail-on", "warning", "--no-store", "--format", "json"));
        assertThat(same.code()).as(same.out() + same.err()).isZero();
        JsonNode summary = JSON.readTree(same.out()).get("summary");
        assertThat(summary.get("critical").asInt() + summary.get("warning").asInt())
                .isZero();
    }

    @Test
    void run_failingBenchmark_isRecordedFailed_andTheOthersStillRun() throws Exception {
        App.Outcome failed = app(args(
                List.of(
                        "--store",
                        store(),
                        "run",
                        "--jmh-jar",
                        JAR,
                        "--include",
                        "FailBenchmark",
                        "--include",
                        "WorkBenchmark"),
                args(
                        QUICK,
                        "--forks",
                        "1",
                        "--jmh-param",
                        "fail=yes",
                        "--report-dir",
                        dir.resolve("failed").toString())));
        assertThat(failed.code()).as(failed.err()).isEqualTo(1);
        assertThat(failed.out())
                .contains("FAILED org.rfcc.examples.jmh.FailBenchmark/step", "asked to fail (fail=yes)");
        JsonNode results =
                JSON.readTree(dir.resolve("failed/benchmark_run.json").toFile()).get("results");
        List<String> statuses = new ArrayList<>();
        results.forEach(r ->
                statuses.add(r.get("benchmark").asText() + ":" + r.get("status").asText()));
        assertThat(statuses).contains("step:failed", "mix:ok");
    }

    @Test
    void run_benchmarkInTwoModes_keepsBoth() throws Exception {
        App.Outcome both = app(args(
                List.of("--store", store(), "run", "--jmh-jar", JAR, "--include", "FailBenchmark", "--forks", "1"),
                args(QUICK, "--report-dir", dir.resolve("modes").toString())));
        assertThat(both.code()).as(both.err()).isZero();
        JsonNode results =
                JSON.readTree(dir.resolve("modes/benchmark_run.json").toFile()).get("results");
        List<String> modes = new ArrayList<>();
        results.forEach(r -> modes.add(r.get("params").get("mode").asText()));
        assertThat(modes).containsExactlyInAnyOrder("thrpt", "avgt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing jar | run --jmh-jar /no/such.jar | no such file",
                "not a jar | run --jmh-jar README.md | not a readable jar",
                "no match | run --jmh-jar JAR --include NoSuchBenchmark | no benchmark of benchmarks.jar matches",
                "bad regex | run --jmh-jar JAR --include [ | is not a regular expression",
                "unknown param | run --jmh-jar JAR --include WorkBenchmark --jmh-param nosuch=1 | no chosen benchmark has a param",
                "bad time | run --jmh-jar JAR --time 5parsecs | is not a duration",
                "a jar's benchmark named without the jar | run --include WorkBenchmark | give the jar with --jmh-jar",
                "quick with a jar | run --jmh-jar JAR --quick | leave them out",
                "ab one fork | ab --base JAR --head JAR --forks 1 | --forks must be at least 2",
                "ab missing head | ab --base JAR --head /no/such.jar | no such file",
            })
    void badInput_isOneLineAndExitTwo(String what, String command, String message) throws Exception {
        List<String> argv = new ArrayList<>(List.of("--store", store()));
        for (String a : command.split(" ")) {
            argv.add(a.equals("JAR") ? JAR : a);
        }
        App.Outcome o = app(argv.toArray(String[]::new));
        assertThat(o.code()).as(what + ": " + o.err()).isEqualTo(2);
        assertThat(o.err().strip().lines()).as(what).hasSize(1);
        assertThat(o.err()).contains(message);
    }

    @Test
    void twoRunsAtOnce_theSecondSaysTheMachineIsHeld_andExitsTwo() throws Exception {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            for (String[] argv : List.of(
                    new String[] {"--store", store(), "run", "--jmh-jar", JAR, "--include", "WorkBenchmark"},
                    new String[] {"--store", store(), "run", "--quick", "--suite", "models", "--no-store"})) {
                App.Outcome second = app(argv);
                assertThat(second.code()).as(second.err()).isEqualTo(2);
                assertThat(second.err()).contains("another benchmark run holds this machine");
                assertThat(second.err().strip().lines()).hasSize(1);
            }
            assertThat(held.isValid()).isTrue();
        }
        assertThat(Files.exists(lock)).isTrue();
    }
}
