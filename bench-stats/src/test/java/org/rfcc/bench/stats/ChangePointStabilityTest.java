package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The flip rate: over series grown one point at a time, the share of steps at which a change point reported at the step
 * before disappears or moves by more than 2 points. Alerts are raised from change points, so one that comes and goes
 * would be raised twice.
 */
final class ChangePointStabilityTest {
    private static final EDivisiveMeans DETECTOR = new EDivisiveMeans();

    @Test
    void growingSeries_flipInAtMostOnePercentOfSteps() {
        long steps = 0;
        long flips = 0;
        List<double[]> series = new java.util.ArrayList<>();
        SyntheticSuite.generate(5, 60).forEach(s -> series.add(s.values()));
        StressSuite.shifted(5, StressSuite.Noise.GAUSSIAN, 13, 40, 40, 200, 10).forEach(s -> series.add(s.values()));
        for (StressSuite.Nuisance kind : StressSuite.Nuisance.values()) {
            StressSuite.nuisance(kind, 17, 5, 200).forEach(s -> series.add(s.values()));
        }
        for (double[] x : series) {
            List<ChangePoint> before = List.of();
            for (int n = 10; n <= x.length; n++) {
                List<ChangePoint> now = DETECTOR.detect(Arrays.copyOf(x, n));
                boolean flipped = before.stream()
                        .anyMatch(b -> now.stream().noneMatch(c -> Math.abs(c.index() - b.index()) <= 2));
                flips += flipped ? 1 : 0;
                steps++;
                before = now;
            }
        }
        double rate = (double) flips / steps;
        System.out.printf(
                Locale.ROOT,
                "flip rate: %d of %d steps (%.2f%%) over %d growing series%n",
                flips,
                steps,
                100 * rate,
                series.size());
        assertThat(rate).isLessThanOrEqualTo(0.01);
    }
}
