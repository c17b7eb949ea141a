package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class BenjaminiHochbergTest {
    @Test
    void adjust_evenlySpaced_allBecomeTheLargest() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.05, 0.01, 0.04, 0.02, 0.03});
        assertThat(q).containsExactly(new double[] {0.05, 0.05, 0.05, 0.05, 0.05}, within(1e-12));
    }

    @Test
    void adjust_oneSmall_isScaledByTheCount() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.5, 0.001, 0.9, 0.7});
        assertThat(q[1]).isCloseTo(0.004, within(1e-12));
        assertThat(q[2]).isCloseTo(0.9, within(1e-12));
        assertThat(q[0]).isCloseTo(0.9, within(1e-12)).as("monotone: never below a larger p's q");
    }

    @Test
    void adjust_empty_isEmpty() {
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }
}
