package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertsConfig;

/** What real JMH and github-action-benchmark data needs of a comparison: units, one fork, zeros, one side only. */
final class RunComparatorRealDataTest {
    private static final Map<String, Object> CONFIG = Map.of();
    /** Judged on their forks alone: the forks of one file pair, as interleaved runs. */
    private final RunComparator comparator = RunComparator.interleaved(AlertsConfig.defaults(), NoiseProfile.empty());

    private static RunRecord run(String id, BenchmarkResult... results) {
        return Runs.run(id, null, CONFIG, List.of(results));
    }

    private static BenchmarkResult jmh(String method, String unit, Direction direction, List<List<Double>> samples) {
        return BenchmarkResult.ok(
                "org.example.Bench",
                method,
                Map.of("mode", "thrpt"),
                Map.of("score", new Metric(unit, direction, samples)));
    }

    private static List<List<Double>> forks(double... values) {
        List<List<Double>> out = new ArrayList<>();
        for (double v : values) {
            out.add(List.of(v, v * 1.001, v * 0.999));
        }
        return out;
    }

    @Test
    void headInOpsPerMs_baseInOpsPerS_isTheSameThroughput() {
        // before: nine critical -99.9% regressions for the same data in another unit
        RunRecord base =
                run("b", jmh("parse", "ops/s", Direction.HIGHER_IS_BETTER, forks(5000, 5100, 4950, 5050, 5000)));
        RunRecord head = run("h", jmh("parse", "ops/ms", Direction.HIGHER_IS_BETTER, forks(5.0, 5.1, 4.95, 5.05, 5.0)));

        Change ch = comparator.compare(base, head).changes().get(0);

        assertThat(ch.kind()).isEqualTo(Kind.NONE);
        assertThat(ch.unit()).isEqualTo("ops/s");
        assertThat(ch.headValue()).isCloseTo(ch.baseValue(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(ch.note()).isEqualTo("head converted from ops/ms to ops/s");
    }

    @Test
    void unitsThatDoNotConvert_areRefused_namingBoth() {
        RunRecord base = run("b", jmh("parse", "ops/s", Direction.HIGHER_IS_BETTER, forks(5000, 5100, 4950)));
        RunRecord head = run("h", jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(200, 196, 202)));

        assertThatThrownBy(() -> comparator.compare(base, head))
                .isInstanceOf(IncomparableRunsException.class)
                .hasMessage("series org.example.Bench/parse/score is in ops/s in the base and in us/op in the head,"
                        + " which do not convert; compare runs that measure it alike");
    }

    @Test
    void oneForkASide_isUndecided_andTheVerdictSaysSo_evenBesideALargeChange() {
        // before: "no regression: 0 critical … over 2 metrics" beside a +57% slowdown, exit 0
        RunRecord base = run(
                "b",
                jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(100)),
                jmh("write", "us/op", Direction.LOWER_IS_BETTER, forks(50)));
        RunRecord head = run(
                "h",
                jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(157)),
                jmh("write", "us/op", Direction.LOWER_IS_BETTER, forks(51)));

        Comparison c = comparator.compare(base, head);

        assertThat(c.undecided()).isTrue();
        assertThat(c.summary().worst()).isEqualTo(Level.NONE);
        assertThat(c.changes()).allSatisfy(ch -> assertThat(ch.decision()).isEqualTo(Decision.TOO_FEW_FORKS));
    }

    @Test
    void oneForkASide_withThresholdOnly_isJudgedByTheSizeOfItsChange_labelledSo() {
        RunRecord base = run("b", jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(100)));
        RunRecord head = run("h", jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(157)));

        Comparison c = comparator.thresholdOnly().compare(base, head);

        Change ch = c.changes().get(0);
        assertThat(c.undecided()).isFalse();
        assertThat(ch.decision()).isEqualTo(Decision.THRESHOLD);
        assertThat(ch.level()).as("+57% of a time: past the 25% critical").isEqualTo(Level.CRITICAL);
        assertThat(ch.pValue()).isNull();
        assertThat(ch.note()).startsWith("threshold only (1 vs 1 forks, too few to test)");
    }

    @Test
    void benchmarksOfOneSideOnly_areListed_notDropped() {
        RunRecord base = run(
                "b",
                jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(100, 101, 99)),
                jmh("gone", "us/op", Direction.LOWER_IS_BETTER, forks(1, 1, 1)));
        RunRecord head = run(
                "h",
                jmh("parse", "us/op", Direction.LOWER_IS_BETTER, forks(100, 101, 99)),
                jmh("added", "us/op", Direction.LOWER_IS_BETTER, forks(2, 2, 2)));

        Comparison c = comparator.compare(base, head);

        assertThat(c.onlyInBase()).containsExactly("org.example.Bench/gone[mode=thrpt]");
        assertThat(c.onlyInHead()).containsExactly("org.example.Bench/added[mode=thrpt]");
    }

    @Test
    void aZeroFork_givesAnIntervalWithinWhatTheMetricCanTake() {
        // before: -100.0% with the interval [-102.1, -98.5]%: less than nothing
        RunRecord base = run(
                "b",
                jmh(
                        "alloc",
                        "B/op",
                        Direction.LOWER_IS_BETTER,
                        List.of(List.of(10.0), List.of(11.0), List.of(12.0), List.of(10.5), List.of(11.5))));
        RunRecord head = run(
                "h",
                jmh(
                        "alloc",
                        "B/op",
                        Direction.LOWER_IS_BETTER,
                        List.of(List.of(0.0), List.of(0.1), List.of(0.2), List.of(0.0), List.of(0.1))));

        Change ch = comparator.compare(base, head).changes().get(0);

        assertThat(ch.decision()).isEqualTo(Decision.TESTED);
        assertThat(ch.kind()).isEqualTo(Kind.IMPROVEMENT);
        assertThat(ch.ciPct().get(0)).isGreaterThanOrEqualTo(-100.0);
        assertThat(ch.ciPct().get(1)).isGreaterThanOrEqualTo(ch.ciPct().get(0));
        assertThat(ch.changePct()).isBetween(-100.0, -98.0);
    }

    @Test
    void aBaseOfZero_hasNoRelativeNoiseOrInterval_andTheJsonHoldsNoInfinity() {
        // before: gc.count with base forks of 0 showed noise_pct Infinity, which is no JSON number
        RunRecord base = run(
                "b",
                jmh(
                        "gc.count",
                        "counts",
                        Direction.LOWER_IS_BETTER,
                        List.of(List.of(0.0), List.of(0.0), List.of(0.0), List.of(0.0), List.of(0.0))));
        RunRecord head = run(
                "h",
                jmh(
                        "gc.count",
                        "counts",
                        Direction.LOWER_IS_BETTER,
                        List.of(List.of(1.0), List.of(2.0), List.of(1.0), List.of(2.0), List.of(1.0))));

        Comparison c = comparator.compare(base, head);
        Change ch = c.changes().get(0);

        assertThat(ch.decision()).isEqualTo(Decision.TESTED);
        assertThat(ch.noisePct()).isNull();
        assertThat(ch.ciPct()).isNull();
        assertThat(ch.mdePct()).isNull();
        assertThat(org.rfcc.bench.model.Json.pretty(c))
                .doesNotContain("Infinity")
                .doesNotContain("NaN");
    }
}
