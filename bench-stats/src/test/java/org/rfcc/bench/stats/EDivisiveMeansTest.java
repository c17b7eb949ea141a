package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Defaults;

final class EDivisiveMeansTest {
    private final EDivisiveMeans detector = new EDivisiveMeans();

    /** {@code levels[i]} repeated {@code lengths[i]} times, with Gaussian noise of {@code cv} × level. */
    private static double[] steps(long seed, double cv, double[] levels, int[] lengths) {
        Random random = new Random(seed);
        double[] x = new double[Arrays.stream(lengths).sum()];
        int i = 0;
        for (int s = 0; s < levels.length; s++) {
            for (int k = 0; k < lengths[s]; k++) {
                x[i++] = levels[s] * (1 + cv * random.nextGaussian());
            }
        }
        return x;
    }

    @Test
    void defaults_areTheDocumentedConstants() {
        assertThat(detector.significance()).isEqualTo(Defaults.CHANGE_SIGNIFICANCE);
        assertThat(detector.minSegment()).isEqualTo(Defaults.MIN_SEGMENT);
    }

    @Test
    void constructor_badArguments_areRejectedWithTheRange() {
        assertThatThrownBy(() -> new EDivisiveMeans(0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("significance must lie strictly between 0 and 1");
        assertThatThrownBy(() -> new EDivisiveMeans(1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EDivisiveMeans(Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EDivisiveMeans(0.001, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minSegment must be at least 2");
    }

    @Test
    void detect_emptySeries_findsNothing() {
        assertThat(detector.detect(new double[0])).isEmpty();
    }

    @Test
    void detect_seriesShorterThanTwoSegments_findsNothing() {
        double[] x = steps(1, 0, new double[] {1, 100}, new int[] {4, 3});
        assertThat(detector.detect(x)).isEmpty();
    }

    @Test
    void detect_aShortSeries_hasShorterSegments_andCanChange() {
        assertThat(detector.segmentFor(19)).isEqualTo(EDivisiveMeans.SHORT_SEGMENT);
        assertThat(detector.segmentFor(40)).isEqualTo(8);
        assertThat(detector.segmentFor(400)).isEqualTo(Defaults.MIN_SEGMENT);
        double[] x = steps(1, 0, new double[] {1, 100}, new int[] {10, 9});
        assertThat(detector.detect(x)).extracting(ChangePoint::index).containsExactly(10);
    }

    @Test
    void detect_constantSeries_findsNothing() {
        for (double value : new double[] {0, 7.5, 0.1, 1.0 / 3, 1e9 + 0.1, -1e-300}) {
            double[] x = new double[200];
            Arrays.fill(x, value);
            assertThat(detector.detect(x)).as("constant %s", value).isEmpty();
        }
    }

    @Test
    void detect_loneSpikeInFlatSeries_isNotAChange() {
        double[] x = new double[200];
        Arrays.fill(x, 5);
        x[77] = 6;
        assertThat(detector.detect(x)).isEmpty();
    }

    @Test
    void detect_nanOrInfinite_isRejectedWithTheIndex() {
        double[] x = steps(1, 0.01, new double[] {100}, new int[] {50});
        x[17] = Double.NaN;
        assertThatThrownBy(() -> detector.detect(x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series[17] is NaN");
        x[17] = Double.NEGATIVE_INFINITY;
        assertThatThrownBy(() -> detector.detect(x)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detect_noiseOnly_findsNothing() {
        assertThat(detector.detect(steps(3, 0.02, new double[] {100}, new int[] {200})))
                .isEmpty();
    }

    @Test
    void detect_singleStep_findsIt() {
        List<ChangePoint> found = detector.detect(steps(4, 0.01, new double[] {100, 110}, new int[] {120, 80}));

        assertThat(found).hasSize(1);
        ChangePoint cp = found.get(0);
        assertThat(cp.index()).isBetween(119, 121);
        assertThat(cp.beforeMean()).isCloseTo(100, within(0.5));
        assertThat(cp.afterMean()).isCloseTo(110, within(0.5));
        assertThat(cp.changePct()).isCloseTo(10, within(0.7));
        assertThat(cp.pValue()).isLessThan(1e-20);
    }

    @Test
    void detect_noiseFreeStep_indexIsTheFirstPointOfTheNewSegment() {
        double[] x = steps(5, 0, new double[] {2, 3}, new int[] {37, 43});

        assertThat(detector.detect(x))
                .containsExactly(new ChangePoint(37, 2, 3, 50, 50, 50, 0, ChangePoint.State.CONFIRMED));
    }

    @Test
    void detect_twoSteps_findsBoth() {
        double[] x = steps(6, 0.02, new double[] {100, 92, 105}, new int[] {70, 60, 70});

        List<ChangePoint> found = detector.detect(x);

        assertThat(found).extracting(ChangePoint::index).hasSize(2);
        assertThat(found.get(0).index()).isBetween(68, 72);
        assertThat(found.get(0).changePct()).isCloseTo(-8, within(1.5));
        assertThat(found.get(1).index()).isBetween(128, 132);
        assertThat(found.get(1).changePct()).isCloseTo(14.1, within(1.5));
    }

    @Test
    void detect_shortExcursion_findsBothEdges() {
        double[] x = steps(7, 0.01, new double[] {100, 90, 100}, new int[] {90, 20, 90});

        assertThat(detector.detect(x)).extracting(ChangePoint::index).containsExactly(90, 110);
    }

    @Test
    void detect_singleOutliers_areNotChanges() {
        double[] x = steps(8, 0.01, new double[] {100}, new int[] {200});
        x[40] *= 1.5;
        x[41] *= 1.5;
        x[150] *= 0.5;
        x[199] *= 2;

        assertThat(detector.detect(x)).isEmpty();
    }

    @Test
    void detect_negativeLevels_changePctIsSignedLikeTheShift() {
        double[] x = steps(9, 0.01, new double[] {-100, -90}, new int[] {50, 50});

        ChangePoint cp = detector.detect(x).get(0);

        assertThat(cp.afterMean()).isGreaterThan(cp.beforeMean());
        assertThat(cp.changePct()).isCloseTo(10, within(1.0));
    }

    @Test
    void detect_stepFromZero_reportsNaNChangePct() {
        double[] x = steps(10, 0, new double[] {0, 5}, new int[] {30, 30});

        assertThat(detector.detect(x)).singleElement().satisfies(cp -> {
            assertThat(cp.index()).isEqualTo(30);
            assertThat(cp.changePct()).isNaN();
        });
    }

    @Test
    void detect_syntheticSuite_f1AtLeast0Point9() {
        List<SyntheticSuite.Series> suite = SyntheticSuite.generate(42, 1000);
        SyntheticSuite.Score total = new SyntheticSuite.Score(0, 0, 0);
        Map<String, SyntheticSuite.Score> byKind = new TreeMap<>();
        for (SyntheticSuite.Series s : suite) {
            SyntheticSuite.Score score = SyntheticSuite.score(s.changes(), detector.detect(s.values()));
            total = total.plus(score);
            byKind.merge(s.kind(), score, SyntheticSuite.Score::plus);
        }

        System.out.printf(
                Locale.ROOT,
                "E-Divisive means on %d synthetic series: precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d)%n",
                suite.size(),
                total.precision(),
                total.recall(),
                total.f1(),
                total.truePositives(),
                total.falsePositives(),
                total.falseNegatives());
        byKind.forEach((kind, s) -> System.out.printf(
                Locale.ROOT,
                "  %-22s TP %4d  FP %3d  FN %3d%n",
                kind,
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives()));
        assertThat(total.f1()).isGreaterThanOrEqualTo(0.9);
    }
}
