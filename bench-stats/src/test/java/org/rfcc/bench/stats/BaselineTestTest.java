package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertLevels;

final class BaselineTestTest {
    private static final Optional<AlertLevels> SPEED = Optional.of(new AlertLevels(15, 25));

    private static double[] noisy(Random random, int n, double level, double cv) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = level * Math.exp(cv * random.nextGaussian());
        }
        return out;
    }

    @Test
    void aThirtyPercentSlowdown_againstTwentyRunsOfFivePercentNoise_isCritical_withAnIntervalAroundIt() {
        Random random = new Random(1);
        double[] baseline = noisy(random, 20, 10_000, 0.05);
        List<Optional<BaselineTest.Verdict>> verdicts = BaselineTest.judge(
                List.of(new BaselineTest.Series(baseline, 10_000 / 1.3, Direction.HIGHER_IS_BETTER, SPEED)), 0.01);

        BaselineTest.Verdict v = verdicts.get(0).orElseThrow();
        assertThat(v.level()).isEqualTo(Level.CRITICAL);
        assertThat(v.changePct()).isBetween(-27.0, -19.0);
        assertThat(v.lowPct()).isLessThan(v.changePct());
        assertThat(v.highPct()).isGreaterThan(v.changePct()).isLessThan(0);
        assertThat(v.pValue()).isLessThan(1e-4);
    }

    @Test
    void unchangedCode_raisesAWarningInAtMostOnePercentOfRuns_ofTenSeriesEach() {
        Random random = new Random(2);
        int loud = 0;
        int runs = 2_000;
        for (int run = 0; run < runs; run++) {
            List<BaselineTest.Series> series = new ArrayList<>();
            for (int s = 0; s < 10; s++) {
                double[] values = noisy(random, 21, 500, 0.08);
                series.add(new BaselineTest.Series(
                        java.util.Arrays.copyOf(values, 20), values[20], Direction.LOWER_IS_BETTER, SPEED));
            }
            if (BaselineTest.judge(series, 0.01).stream()
                    .anyMatch(v -> v.orElseThrow().regression())) {
                loud++;
            }
        }
        assertThat((double) loud / runs).as("runs with a false alert").isLessThanOrEqualTo(0.01);
    }

    @Test
    void brokenRunsInTheBaseline_neitherHideASlowdown_norRaiseAnAlarm() {
        Random random = new Random(3);
        double[] baseline = noisy(random, 20, 100, 0.03);
        baseline[4] = 2_700; // spikes of 10 to 270 times the level, as CI histories hold
        baseline[9] = 1_000;
        baseline[15] = 5_000;

        List<Optional<BaselineTest.Verdict>> verdicts = BaselineTest.judge(
                List.of(
                        new BaselineTest.Series(baseline, 125, Direction.LOWER_IS_BETTER, SPEED),
                        new BaselineTest.Series(baseline, 101, Direction.LOWER_IS_BETTER, SPEED)),
                0.01);

        assertThat(verdicts.get(0).orElseThrow().level()).isEqualTo(Level.CRITICAL);
        assertThat(verdicts.get(1).orElseThrow().level()).isEqualTo(Level.NONE);
    }

    @Test
    void aConstantBaseline_callsAnyOtherValueSignificant_andTheSameValueNot() {
        double[] allocations = {4096, 4096, 4096, 4096, 4096, 4096};
        Optional<AlertLevels> memory = Optional.of(new AlertLevels(20, 50));
        List<Optional<BaselineTest.Verdict>> verdicts = BaselineTest.judge(
                List.of(
                        new BaselineTest.Series(allocations, 8192, Direction.LOWER_IS_BETTER, memory),
                        new BaselineTest.Series(allocations, 4096, Direction.LOWER_IS_BETTER, memory)),
                0.01);

        assertThat(verdicts.get(0).orElseThrow().level()).isEqualTo(Level.CRITICAL);
        assertThat(verdicts.get(1).orElseThrow().pValue()).isEqualTo(1.0);
        assertThat(verdicts.get(1).orElseThrow().level()).isEqualTo(Level.NONE);
    }

    @Test
    void tooShortABaseline_orAValueThatIsNotPositive_isNotTested() {
        List<Optional<BaselineTest.Verdict>> verdicts = BaselineTest.judge(
                List.of(
                        new BaselineTest.Series(new double[] {1, 1, 1, 1}, 9, Direction.LOWER_IS_BETTER, SPEED),
                        new BaselineTest.Series(new double[] {1, 1, 1, 1, 1}, 0, Direction.LOWER_IS_BETTER, SPEED)),
                0.01);

        assertThat(verdicts).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void aSignificantChangeBelowTheWarningThreshold_orAnImprovement_isNoRegression() {
        double[] baseline = {100, 100.5, 99.5, 100.2, 99.8, 100.1, 99.9, 100.3};
        List<Optional<BaselineTest.Verdict>> verdicts = BaselineTest.judge(
                List.of(
                        new BaselineTest.Series(baseline, 108, Direction.LOWER_IS_BETTER, SPEED),
                        new BaselineTest.Series(baseline, 60, Direction.LOWER_IS_BETTER, SPEED)),
                0.01);

        assertThat(verdicts.get(0).orElseThrow().level()).isEqualTo(Level.INFO);
        assertThat(verdicts.get(1).orElseThrow().level()).isEqualTo(Level.INFO);
        assertThat(verdicts.get(1).orElseThrow().regression()).isFalse();
    }
}
