package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The default detector on {@link StressSuite}: false change points per 1,000 points of each nuisance, and how often a
 * single shift is found within {@link SyntheticSuite#TOLERANCE} points. Each test prints its figure, the table of the
 * README.
 */
final class ChangePointStressTest {
    private static final ChangePointDetector DETECTOR = new EDivisiveMeans();
    private static final int SERIES = 150;
    private static final int LENGTH = 200;

    @ParameterizedTest
    @EnumSource(StressSuite.Nuisance.class)
    void nuisance_givesAtMostTwoFalseChangePointsPer1000Points(StressSuite.Nuisance kind) {
        long points = 0;
        long found = 0;
        for (StressSuite.Series s : StressSuite.nuisance(kind, 42 + kind.ordinal(), SERIES, LENGTH)) {
            points += s.values().length;
            found += DETECTOR.detect(s.values()).size();
        }
        double perThousand = 1000.0 * found / points;
        System.out.printf(
                Locale.ROOT,
                "stress %-9s %5d points: %5.2f false change points per 1,000%n",
                kind,
                points,
                perThousand);
        assertThat(perThousand).as(kind.toString()).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        "3, GAUSSIAN, 0.80", "5, GAUSSIAN, 0.95", "10, GAUSSIAN, 0.99",
        "3, T3, 0.80", "5, T3, 0.95", "10, T3, 0.99",
        "3, AR1, 0", "5, AR1, 0", "10, AR1, 0.95"
    })
    void singleShift_isFoundWithinTolerance(double sigmas, StressSuite.Noise noise, double atLeast) {
        List<StressSuite.Series> suite = StressSuite.shifted(sigmas, noise, 7, SERIES * 2, 40, 200, 10);
        assertThat(foundRate("", sigmas, noise, suite)).isGreaterThanOrEqualTo(atLeast);
    }

    @ParameterizedTest
    @CsvSource({"5, GAUSSIAN, 0.5", "10, GAUSSIAN, 0.9"})
    void singleShift_inAShortSeries_isFound(double sigmas, StressSuite.Noise noise, double atLeast) {
        List<StressSuite.Series> suite = StressSuite.shifted(sigmas, noise, 11, SERIES * 2, 15, 40, 5);
        assertThat(foundRate("short ", sigmas, noise, suite)).isGreaterThanOrEqualTo(atLeast);
    }

    /** The share of {@code suite}'s shifts found within the tolerance, printed with the false change points. */
    private static double foundRate(
            String what, double sigmas, StressSuite.Noise noise, List<StressSuite.Series> suite) {
        SyntheticSuite.Score total = new SyntheticSuite.Score(0, 0, 0);
        for (StressSuite.Series s : suite) {
            total = total.plus(SyntheticSuite.score(s.changes(), DETECTOR.detect(s.values())));
        }
        double rate = (double) total.truePositives() / suite.size();
        System.out.printf(
                Locale.ROOT,
                "stress %sshift %4.1f sigma %-8s: found %5.1f%%, %d false change points%n",
                what,
                sigmas,
                noise,
                100 * rate,
                total.falsePositives());
        return rate;
    }

    @Test
    void syntheticSuite_f1AtLeast0Point97() {
        SyntheticSuite.Score total = new SyntheticSuite.Score(0, 0, 0);
        for (SyntheticSuite.Series s : SyntheticSuite.generate(42, 1000)) {
            total = total.plus(SyntheticSuite.score(s.changes(), DETECTOR.detect(s.values())));
        }
        System.out.printf(
                Locale.ROOT,
                "synthetic suite: F1 %.3f (precision %.3f, recall %.3f)%n",
                total.f1(),
                total.precision(),
                total.recall());
        assertThat(total.f1()).isGreaterThanOrEqualTo(0.97);
    }
}
