package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertsConfig;

/**
 * The acceptance properties of issue 5 on simulated runs: 20 metrics per comparison, 5 forks a
 * side, 3% fork-to-fork noise; once clean and once with outlier iterations.
 */
final class RunComparatorPropertyTest {
    private static final int METRICS = 20;
    private static final int FORKS = 5;
    private static final double CV = 0.03;
    private static final int TRIALS = 1_000;

    /** Judged on their forks alone: simulated forks carry no run-to-run noise, as interleaved runs. */
    private final RunComparator comparator = RunComparator.interleaved(AlertsConfig.defaults(), NoiseProfile.empty());

    @ParameterizedTest(name = "outlier iterations {0}")
    @ValueSource(doubles = {0, 0.03})
    void aa_unchangedCode_raisesAtMostOnePercentWarnings(double outliers) {
        SimulatedRuns sim = new SimulatedRuns(1, METRICS, FORKS, CV, outliers);
        int loud = 0;
        int any = 0;
        for (int i = 0; i < TRIALS; i++) {
            Comparison c = comparator.compare(sim.run("a" + i), sim.run("b" + i));
            loud += c.summary().worst().atLeast(Level.WARNING) ? 1 : 0;
            any += c.changes().stream().anyMatch(ch -> ch.kind() != Kind.NONE) ? 1 : 0;
        }
        report("A/A", outliers, 0, loud, any);
        assertThat(loud).isLessThanOrEqualTo(TRIALS / 100);
        assertThat(any).isLessThanOrEqualTo(TRIALS * 5 / 100);
    }

    @ParameterizedTest(name = "outlier iterations {0}")
    @ValueSource(doubles = {0, 0.03})
    void slowdown15_isFlaggedAtLeastInfo(double outliers) {
        assertThat(detected(2, outliers, 15, Level.INFO)).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "outlier iterations {0}")
    @ValueSource(doubles = {0, 0.03})
    void slowdown20_isFlaggedAtLeastWarning(double outliers) {
        assertThat(detected(3, outliers, 20, Level.WARNING)).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "outlier iterations {0}")
    @ValueSource(doubles = {0, 0.03})
    void slowdown32_isFlaggedCritical(double outliers) {
        assertThat(detected(4, outliers, 32, Level.CRITICAL)).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "outlier iterations {0}")
    @ValueSource(doubles = {0, 0.03})
    void slowdown5_belowTheDetectableSize_isCaughtAsOftenAsItsTestsPowerSays(double outliers) {
        // One true change among METRICS: Benjamini-Hochberg at q = FDR calls it when p <= FDR / METRICS.
        // Its power, in the normal approximation on log fork values: Φ(δ / se − z(1 − α / 2)), about 18%.
        double alpha = AlertsConfig.defaults().falseDiscoveryRate() / METRICS;
        double se = CV * Math.sqrt(2.0 / FORKS);
        double power = Distributions.normalCdf(Math.log1p(0.05) / se - Distributions.normalQuantile(1 - alpha / 2));
        double rate = detected(5, outliers, 5, Level.INFO);
        assertThat(rate).as("detection rate vs the test's power %.3f", power).isCloseTo(power, within(0.1));
    }

    @ParameterizedTest(name = "outlier iterations {0}")
    @ValueSource(doubles = {0, 0.03})
    void everyInterval_leavesOutZero_exactlyWhenItsChangeIsSignificant(double outliers) {
        SimulatedRuns sim = new SimulatedRuns(6, METRICS, FORKS, CV, outliers);
        double rate = AlertsConfig.defaults().falseDiscoveryRate();
        int tested = 0;
        int significant = 0;
        for (int i = 0; i < TRIALS / 10; i++) {
            Comparison c = comparator.compare(sim.run("a" + i), sim.run("b" + i, i % METRICS, i % 8));
            for (Change ch : c.changes()) {
                if (ch.ciPct() == null) {
                    continue;
                }
                boolean leavesOutZero = ch.ciPct().get(0) > 0 || ch.ciPct().get(1) < 0;
                assertThat(leavesOutZero)
                        .as("%s: interval %s at %s, q %s", ch.benchmark(), ch.ciPct(), ch.ciLevel(), ch.qValue())
                        .isEqualTo(ch.qValue() <= rate);
                tested++;
                significant += leavesOutZero ? 1 : 0;
            }
        }
        assertThat(significant)
                .as("some changes were significant, of %d", tested)
                .isGreaterThan(10);
    }

    /** The share of trials in which the slowed metric, and no other, reached {@code level}. */
    private double detected(long seed, double outliers, double slowdownPct, Level level) {
        SimulatedRuns sim = new SimulatedRuns(seed, METRICS, FORKS, CV, outliers);
        int hits = 0;
        int others = 0;
        int slowed = 7;
        for (int i = 0; i < TRIALS; i++) {
            Comparison c = comparator.compare(sim.run("a" + i), sim.run("b" + i, slowed, slowdownPct));
            Predicate<Change> isSlowed = ch -> ch.benchmark().equals("bench_" + slowed);
            hits += c.changes().stream()
                            .anyMatch(ch -> isSlowed.test(ch)
                                    && ch.kind() == Kind.REGRESSION
                                    && ch.level().atLeast(level))
                    ? 1
                    : 0;
            others += c.changes().stream().anyMatch(ch -> !isSlowed.test(ch) && ch.kind() != Kind.NONE) ? 1 : 0;
        }
        report(slowdownPct + "% slowdown, " + level.id() + "+", outliers, hits, -1, others);
        return hits / (double) TRIALS;
    }

    private static void report(String what, double outliers, int hits, int loud, int any) {
        System.out.printf(
                Locale.ROOT,
                "property %-26s outliers %.2f: %4d/%d hits, %4d loud, %4d with anything else flagged%n",
                what,
                outliers,
                hits,
                TRIALS,
                loud,
                any);
    }
}
