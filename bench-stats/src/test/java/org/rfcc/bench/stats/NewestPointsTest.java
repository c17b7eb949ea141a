package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class NewestPointsTest {
    private static final EDivisiveMeans DETECTOR = new EDivisiveMeans();

    @Test
    void aShiftOfFiveSigma_isSuspectedWithinThreePoints_andConfirmedLater() {
        List<StressSuite.Series> suite = StressSuite.shiftedAtEnd(5, 3, 300, 60, 15);
        int suspectedByThree = 0;
        int[] suspectedAfter = new int[16];
        int[] confirmedAfter = new int[17];
        for (StressSuite.Series s : suite) {
            int at = s.changes()[0];
            int suspected = 0;
            int confirmed = 0;
            for (int after = 1; after <= 15 && confirmed == 0; after++) {
                double[] x = java.util.Arrays.copyOf(s.values(), at + after);
                List<ChangePoint> found = DETECTOR.detect(x);
                if (found.stream().anyMatch(c -> Math.abs(c.index() - at) <= 2)) {
                    confirmed = after;
                } else if (suspected == 0) {
                    int since =
                            found.isEmpty() ? 0 : found.get(found.size() - 1).index();
                    Optional<ChangePoint> suspect = NewestPoints.suspect(x, since, 1, 0);
                    if (suspect.filter(c -> Math.abs(c.index() - at) <= 2).isPresent()) {
                        suspected = after;
                    }
                }
            }
            suspectedAfter[suspected]++;
            confirmedAfter[confirmed == 0 ? 16 : confirmed]++;
            if (suspected > 0 && suspected <= 3 || confirmed > 0 && confirmed <= 3) {
                suspectedByThree++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "newest points, 5 sigma: suspected after 1..15 points %s (never %d); confirmed"
                        + " after 1..15 %s (not within 15: %d); suspected within 3: %.1f%%%n",
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(suspectedAfter, 1, 16)),
                suspectedAfter[0],
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(confirmedAfter, 1, 16)),
                confirmedAfter[16],
                100.0 * suspectedByThree / suite.size());
        assertThat((double) suspectedByThree / suite.size()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest
    @EnumSource(StressSuite.Nuisance.class)
    void nuisance_isRarelySuspected(StressSuite.Nuisance kind) {
        long checks = 0;
        long suspicions = 0;
        for (StressSuite.Series s : StressSuite.nuisance(kind, 99 + kind.ordinal(), 60, 200)) {
            boolean before = false;
            for (int n = 12; n <= s.values().length; n++) {
                double[] x = java.util.Arrays.copyOf(s.values(), n);
                List<ChangePoint> found = DETECTOR.detect(x);
                int since = found.isEmpty() ? 0 : found.get(found.size() - 1).index();
                boolean now = NewestPoints.suspect(x, since, 1, 0).isPresent();
                if (now && !before) {
                    suspicions++;
                }
                before = now;
                checks++;
            }
        }
        double perThousand = 1000.0 * suspicions / checks;
        System.out.printf(
                Locale.ROOT, "newest points %-9s: %.2f false suspicions per 1,000 points%n", kind, perThousand);
        assertThat(perThousand).as(kind.toString()).isLessThanOrEqualTo(5);
    }

    @Test
    void aSpike_isNotSuspected_twoPointsBeyondAre() {
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 + (i % 3) - 1;
        }
        x[39] = 2000;
        assertThat(NewestPoints.suspect(x, 0, 1, 0)).isEmpty();
        x[38] = 1900;
        ChangePoint c = NewestPoints.suspect(x, 0, 1, 0).orElseThrow();
        assertThat(c.index()).isEqualTo(38);
        assertThat(c.state()).isEqualTo(ChangePoint.State.SUSPECTED);
        assertThat(c.changePct()).isGreaterThan(1000);
    }

    @Test
    void aSmallShift_belowTheChangeThatMatters_isNotSuspected() {
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i < 37 ? 100 : 103) + 0.01 * (i % 3);
        }
        assertThat(NewestPoints.suspect(x, 0, 1, 0)).isPresent();
        assertThat(NewestPoints.suspect(x, 0, 1, 5))
                .as("3% against a 5% threshold")
                .isEmpty();
    }
}
