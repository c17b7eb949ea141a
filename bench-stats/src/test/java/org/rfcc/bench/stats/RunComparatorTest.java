package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.Summary;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.TestCatalog;

final class RunComparatorTest {
    private static final Map<String, Object> CONFIG = Map.of("forks", 5, "benchmarks", Map.of("x", List.of(1, 2)));

    /** Judged on their forks alone: fork-level statistics, as interleaved runs; runs made apart are tested below. */
    private final RunComparator comparator = RunComparator.interleaved(AlertsConfig.defaults(), NoiseProfile.empty());

    /** Base and head of the golden comparison: one of each kind of verdict. */
    private static RunRecord[] goldenPair() {
        Runs runs = new Runs();
        return new RunRecord[] {
            side(runs, "base-run", "1111111111111111111111111111111111111111", 20_000, 50, 0.5, 800),
            side(runs, "head-run", "2222222222222222222222222222222222222222", 15_000, 44, 0.48, 2000)
        };
    }

    private static RunRecord side(
            Runs runs, String id, String commit, double tokensPerSecond, double endToEndMs, double f1, double loadMs) {
        return Runs.run(
                id,
                commit,
                CONFIG,
                List.of(
                        Runs.result(
                                "compression",
                                "compression_speed",
                                Runs.SPEED_PARAMS,
                                "tokens_per_second",
                                runs.measured("tokens/s", Direction.HIGHER_IS_BETTER, tokensPerSecond, 5),
                                "end_to_end_ms",
                                runs.measured("ms", Direction.LOWER_IS_BETTER, endToEndMs, 5)),
                        Runs.result(
                                "compression",
                                "memory_usage",
                                Runs.SPEED_PARAMS,
                                "peak_heap_mb",
                                Runs.constant("MB", 512, 5)),
                        Runs.result(
                                TestCatalog.SUITE,
                                "compression_ratio",
                                Runs.SPEED_PARAMS,
                                "f1",
                                Metric.exact("score", Direction.HIGHER_IS_BETTER, f1),
                                "information_retention",
                                Metric.exact("score", Direction.HIGHER_IS_BETTER, 0.9)),
                        Runs.result(
                                "models",
                                "model_loading",
                                Runs.orderedParams("model", "rfcc-base-4x"),
                                "load_time_ms",
                                runs.measured("ms", Direction.LOWER_IS_BETTER, loadMs, 1))));
    }

    @ParameterizedTest(name = "locale {0}")
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR"})
    void compare_goldenPair_matchesTheGoldenJson(String tag) throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            RunRecord[] pair = goldenPair();
            String actual = Json.pretty(comparator.compare(pair[0], pair[1]));
            String expected;
            try (InputStream in = getClass().getResourceAsStream("/golden/comparison.json")) {
                expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!actual.equals(expected)) {
                Files.writeString(Path.of("target", "comparison.actual.json"), actual);
            }
            assertThat(actual).isEqualTo(expected);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void compare_goldenPair_givesEachKindOfVerdict() {
        RunRecord[] pair = goldenPair();
        Comparison c = comparator.compare(pair[0], pair[1]);
        assertThat(change(c, "tokens_per_second").level()).isEqualTo(Level.CRITICAL);
        assertThat(change(c, "end_to_end_ms").kind()).isEqualTo(Kind.IMPROVEMENT);
        assertThat(change(c, "peak_heap_mb").kind()).isEqualTo(Kind.NONE);
        assertThat(change(c, "peak_heap_mb").note()).startsWith("no variance between forks");
        assertThat(change(c, "f1").level()).isEqualTo(Level.WARNING);
        assertThat(change(c, "f1").pValue()).isNull();
        assertThat(change(c, "information_retention").level()).isEqualTo(Level.NONE);
        assertThat(change(c, "load_time_ms").level()).isEqualTo(Level.NONE);
        assertThat(change(c, "load_time_ms").note()).startsWith("too few forks to decide (1 vs 1");
        assertThat(change(c, "load_time_ms").decision()).isEqualTo(Decision.TOO_FEW_FORKS);
        assertThat(change(c, "peak_heap_mb").decision()).isEqualTo(Decision.NO_VARIANCE);
        assertThat(change(c, "f1").decision()).isEqualTo(Decision.DETERMINISTIC);
        assertThat(change(c, "tokens_per_second").decision()).isEqualTo(Decision.TESTED);
        assertThat(change(c, "tokens_per_second").baseValue())
                .as("the metric's own value, as the run record shows it")
                .isEqualTo(pair[0].results()
                        .get(0)
                        .metrics()
                        .get("tokens_per_second")
                        .value());
        assertThat(c.summary()).isEqualTo(new Summary(1, 1, 0, 1, 1, 0, 0));
    }

    @Test
    void compare_runsMadeApart_withoutRunToRunNoise_goNoLouderThanInfo_andSaySo() {
        RunRecord[] pair = goldenPair();
        Comparison apart = new RunComparator(AlertsConfig.defaults(), NoiseProfile.empty()).compare(pair[0], pair[1]);
        Comparison forks = comparator.compare(pair[0], pair[1]);

        assertThat(forks.summary().worst()).isEqualTo(Level.CRITICAL);
        assertThat(apart.changes())
                .filteredOn(ch -> ch.decision() == Decision.TESTED)
                .isNotEmpty()
                .allSatisfy(ch -> {
                    assertThat(ch.level()).isLessThanOrEqualTo(Level.INFO);
                    assertThat(ch.note()).isEqualTo(RunComparator.RUN_NOISE_UNKNOWN);
                });
    }

    @Test
    void compare_runsMadeApart_takeTheRunToRunNoiseTheHistoryShows() {
        RunRecord[] pair = goldenPair();
        Map<String, RunToRunNoise> quiet = new java.util.HashMap<>();
        Map<String, RunToRunNoise> loud = new java.util.HashMap<>();
        for (var ch : comparator.compare(pair[0], pair[1]).changes()) {
            String name = org.rfcc.bench.model.SeriesNames.name(ch.suite(), ch.benchmark(), ch.metric(), ch.params());
            quiet.put(
                    name,
                    RunToRunNoise.of(new double[] {100, 100.1, 99.9, 100.05, 99.95})
                            .orElseThrow());
            loud.put(
                    name, RunToRunNoise.of(new double[] {100, 160, 70, 130, 85}).orElseThrow());
        }
        RunComparator apart = new RunComparator(AlertsConfig.defaults(), NoiseProfile.empty());

        assertThat(apart.withHistoryNoise(quiet)
                        .compare(pair[0], pair[1])
                        .summary()
                        .worst())
                .isEqualTo(Level.CRITICAL);
        assertThat(apart.withHistoryNoise(loud).compare(pair[0], pair[1]).changes())
                .allSatisfy(ch -> assertThat(ch.level()).isLessThan(Level.CRITICAL));
        assertThat(RunToRunNoise.of(new double[] {1, 2, 3, 4}))
                .as("too few runs")
                .isEmpty();
        assertThat(RunToRunNoise.of(new double[] {1, 2, 0, 4, 5}))
                .as("not positive")
                .isEmpty();
    }

    @Test
    void compare_identicalRuns_reportsNoChange() {
        RunRecord[] pair = goldenPair();
        Comparison c = comparator.compare(pair[0], pair[0]);
        assertThat(c.changes()).allSatisfy(ch -> assertThat(ch.kind()).isEqualTo(Kind.NONE));
        assertThat(c.summary().worst()).isEqualTo(Level.NONE);
    }

    @Test
    void compare_differentConfigs_namesTheKey() {
        RunRecord[] pair = goldenPair();
        RunRecord other = Runs.run(
                "other", null, Map.of("forks", 5, "benchmarks", Map.of("x", List.of(1, 3))), pair[1].results());
        assertThatThrownBy(() -> comparator.compare(pair[0], other))
                .isInstanceOf(IncomparableRunsException.class)
                .hasMessageContaining("different configs (benchmarks.x differs)");
    }

    @Test
    void compare_differentForksOnly_isComparable() {
        RunRecord[] pair = goldenPair();
        RunRecord other = Runs.run(
                "other", null, Map.of("forks", 3, "benchmarks", Map.of("x", List.of(1L, 2L))), pair[1].results());
        assertThat(comparator.compare(pair[0], other).changes()).isNotEmpty();
    }

    @Test
    void compare_anotherJmhVersion_orJvmArgsOnlyOneFileNames_isComparable() {
        RunRecord[] pair = goldenPair();
        Map<String, Object> upgraded = new java.util.HashMap<>(pair[0].config());
        upgraded.put("jmh_version", "1.37");
        upgraded.put("jvm_args", List.of("-Xmx2G"));
        RunRecord other = Runs.run("other", null, upgraded, pair[1].results());
        assertThat(comparator.compare(pair[0], other).changes()).isNotEmpty();
    }

    @Test
    void compare_agentsWithOtherOptions_areComparable_otherFlagsAreNot() {
        RunRecord[] pair = goldenPair();
        RunRecord base = Runs.run(
                "b", null, withJvmArgs(pair[0], "-javaagent:idea_rt.jar=63110:/bin", "-Xmx2G"), pair[0].results());
        RunRecord portChanged = Runs.run(
                "h", null, withJvmArgs(pair[0], "-javaagent:idea_rt.jar=54170:/bin", "-Xmx2G"), pair[1].results());
        RunRecord heapChanged = Runs.run(
                "x", null, withJvmArgs(pair[0], "-javaagent:idea_rt.jar=54170:/bin", "-Xmx4G"), pair[1].results());

        assertThat(comparator.compare(base, portChanged).changes()).isNotEmpty();
        assertThatThrownBy(() -> comparator.compare(base, heapChanged))
                .isInstanceOf(IncomparableRunsException.class)
                .hasMessageContaining("jvm_args differs");
    }

    private static Map<String, Object> withJvmArgs(RunRecord run, String... args) {
        Map<String, Object> config = new java.util.HashMap<>(run.config());
        config.put("jvm_args", List.of(args));
        return config;
    }

    @Test
    void compare_noResultInCommon_saysSo() {
        RunRecord[] pair = goldenPair();
        RunRecord empty = Runs.run("empty", null, CONFIG, List.of());
        assertThatThrownBy(() -> comparator.compare(pair[0], empty))
                .isInstanceOf(IncomparableRunsException.class)
                .hasMessageContaining("share no successful benchmark result");
    }

    @Test
    void compare_zeroVarianceButDifferent_isComparedDirectly() {
        RunRecord base = Runs.run(
                "b",
                null,
                CONFIG,
                List.of(Runs.result("s", "b", Map.of(), "peak_heap_mb", Runs.constant("MB", 100, 5))));
        RunRecord head = Runs.run(
                "h",
                null,
                CONFIG,
                List.of(Runs.result("s", "b", Map.of(), "peak_heap_mb", Runs.constant("MB", 160, 5))));
        Change ch = comparator.compare(base, head).changes().get(0);
        assertThat(ch.level()).isEqualTo(Level.CRITICAL);
        assertThat(ch.changePct()).isEqualTo(60.0);
        assertThat(ch.pValue()).isNull();
        assertThat(ch.note()).startsWith("no variance between forks");
    }

    @Test
    void derivedMetrics_areOneTest_thatOfThePrimaryMetric() {
        Runs runs = new Runs();
        Comparison c = comparator.compare(derivedSide(runs, "b", 1000), derivedSide(runs, "h", 800));
        Change tokens = change(c, "tokens_per_second");
        String signal = "s/speed/tokens_per_second";
        assertThat(tokens.testedWith()).isNull();
        assertThat(tokens.family()).isEqualTo(Change.PRIMARY);
        assertThat(tokens.qValue())
                .as("the only test of its family: documents/min and end_to_end_ms are not two more")
                .isEqualTo(tokens.pValue());
        for (String derived : List.of("documents_per_minute", "end_to_end_ms")) {
            assertThat(change(c, derived).testedWith()).as(derived).isEqualTo(signal);
            assertThat(change(c, derived).qValue()).as(derived).isEqualTo(tokens.qValue());
            assertThat(change(c, derived).level()).as(derived).isEqualTo(tokens.level());
        }
        assertThat(change(c, "cpu_utilization").testedWith())
                .as("a metric of its own is tested on its own")
                .isNull();
        assertThat(change(c, "cpu_utilization").family()).isEqualTo(Change.SECONDARY);
    }

    /** tokens/s around {@code tokensPerSecond}, documents/min and end-to-end time computed from it, and CPU. */
    private static RunRecord derivedSide(Runs runs, String id, double tokensPerSecond) {
        Metric tokens = runs.measured("tokens/s", Direction.HIGHER_IS_BETTER, tokensPerSecond, 5);
        return Runs.run(
                id,
                null,
                CONFIG,
                List.of(Runs.result(
                        "s",
                        "speed",
                        Map.of(),
                        "tokens_per_second",
                        tokens,
                        "documents_per_minute",
                        derived(tokens, "documents/min", Direction.HIGHER_IS_BETTER, v -> v * 60 / 1000),
                        "end_to_end_ms",
                        derived(tokens, "ms", Direction.LOWER_IS_BETTER, v -> 1000 * 1000 / v),
                        "cpu_utilization",
                        runs.measured("%", Direction.HIGHER_IS_BETTER, 90, 5))));
    }

    private static Metric derived(Metric from, String unit, Direction direction, DoubleUnaryOperator f) {
        return new Metric(
                unit,
                direction,
                from.samples().stream()
                        .map(fork -> fork.stream().map(f::applyAsDouble).toList())
                        .toList());
    }

    @Test
    void aKeyMetricTooNoisyToRuleOutAWarningRegression_isNotDecided() {
        Metric noisyBase = forks(100, 112, 90);
        Metric noisyHead = forks(104, 93, 109);
        Comparison c = comparator.compare(
                Runs.run("b", null, CONFIG, List.of(Runs.result("s", "latency", Map.of(), "p50_ms", noisyBase))),
                Runs.run("h", null, CONFIG, List.of(Runs.result("s", "latency", Map.of(), "p50_ms", noisyHead))));
        Change ch = c.changes().get(0);
        assertThat(ch.kind()).isEqualTo(Kind.NONE);
        assertThat(ch.ciPct().get(1))
                .as("its interval reaches the warning threshold")
                .isGreaterThan(15);
        assertThat(ch.notDecided()).isTrue();
        assertThat(c.summary().inconclusive()).isEqualTo(1);

        Comparison quiet = comparator.compare(
                Runs.run(
                        "b",
                        null,
                        CONFIG,
                        List.of(Runs.result("s", "latency", Map.of(), "p50_ms", forks(100, 101, 99)))),
                Runs.run(
                        "h",
                        null,
                        CONFIG,
                        List.of(Runs.result("s", "latency", Map.of(), "p50_ms", forks(100, 99, 101)))));
        assertThat(quiet.changes().get(0).notDecided())
                .as("an interval within the warning threshold rules a warning-size regression out")
                .isFalse();
        assertThat(quiet.summary().inconclusive()).isZero();
    }

    /** A time in ms with one value per fork. */
    private static Metric forks(double... values) {
        return new Metric(
                "ms",
                Direction.LOWER_IS_BETTER,
                Arrays.stream(values).mapToObj(v -> List.of(v)).toList());
    }

    private static Change change(Comparison c, String metric) {
        return c.changes().stream()
                .filter(ch -> ch.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }
}
