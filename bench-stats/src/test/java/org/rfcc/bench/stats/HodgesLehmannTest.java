package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class HodgesLehmannTest {
    @Test
    void mannWhitneyCdf_fiveAndFive_matchesTheTables() {
        double[] cdf = HodgesLehmann.mannWhitneyCdf(5, 5);
        assertThat(cdf).hasSize(26);
        // C(10, 5) = 252 orderings; U <= 2 in 4 of them (Hollander and Wolfe, table A.6).
        assertThat(cdf[2]).isCloseTo(4.0 / 252, within(1e-12));
        assertThat(cdf[3]).isCloseTo(7.0 / 252, within(1e-12));
        assertThat(cdf[25]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shift_separatedSamples_estimatesTheShiftWithinTheDifferences() {
        double[] base = {1, 2, 3, 4, 5};
        double[] head = {11, 12, 13, 14, 15};
        HodgesLehmann.Shift s = HodgesLehmann.shift(base, head, 0.95);
        assertThat(s.estimate()).isEqualTo(10.0);
        // 25 differences: 6, 7, 7, 8, 8, 8, …, 13, 13, 14; the exact 95% interval is [d3, d23].
        assertThat(s.low()).isEqualTo(7.0);
        assertThat(s.high()).isEqualTo(13.0);
        assertThat(s.confidence()).isCloseTo(1 - 2 * 4.0 / 252, within(1e-12));
    }

    @Test
    void shift_twoAndTwo_widensToTheFullRangeAndSaysSo() {
        HodgesLehmann.Shift s = HodgesLehmann.shift(new double[] {1, 2}, new double[] {5, 7}, 0.95);
        assertThat(s.low()).isEqualTo(3.0);
        assertThat(s.high()).isEqualTo(6.0);
        assertThat(s.confidence()).isCloseTo(1 - 2.0 / 6, within(1e-12));
    }
}
