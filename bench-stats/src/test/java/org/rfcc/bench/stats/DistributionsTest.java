package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values computed with mpmath at 40 digits, against the commons-math3 distributions
 * behind {@link Distributions}: 1e-10 relative where the tests live (p-values down to 1e-13,
 * quantiles of ordinary levels), looser in the far tails, where commons-math3's normal quantile
 * is good to about 1e-6 and p-values below about 1e-300 are zero.
 */
final class DistributionsTest {
    /** 1e-10 relative, as a percentage. */
    private static final double REL = 1e-8;

    @ParameterizedTest
    @CsvSource({
        "2.228, 10, 0.050011771817111365",
        "3.169, 10, 0.010004633364384852",
        "1.0, 1, 0.5",
        "0.5, 2.5, 0.65769791986971469",
        "6.0, 30, 1.3942768767204743e-6",
        "12.0, 5, 7.0894925171615227e-5",
        "40.0, 3, 3.4380680789158528e-5",
        "8.0, 200, 9.8792009093306392e-14",
        "50.0, 10, 2.47431032930268e-13",
        "2.0, 10000, 0.045527260661435443",
        "7.0, 1000000, 2.5612241113740789e-12",
    })
    void studentTwoSidedP_matchesReference(double t, double df, double expected) {
        assertThat(Distributions.studentTwoSidedP(t, df)).isCloseTo(expected, withinPercentage(REL));
        assertThat(Distributions.studentTwoSidedP(-t, df)).isCloseTo(expected, withinPercentage(REL));
    }

    @Test
    void studentTwoSidedP_textbookCriticalValues_giveTheirLevels() {
        assertThat(Distributions.studentTwoSidedP(2.228, 10)).isCloseTo(0.05, within(1e-4));
        assertThat(Distributions.studentTwoSidedP(3.169, 10)).isCloseTo(0.01, within(1e-5));
    }

    @ParameterizedTest
    @CsvSource({"-2.0, 4, 0.058058261758407797", "1.5, 7, 0.91135075650501498", "-30.0, 2, 5.5463134097982946e-4"})
    void studentCdf_matchesReference(double t, double df, double expected) {
        assertThat(Distributions.studentCdf(t, df)).isCloseTo(expected, withinPercentage(REL));
    }

    @Test
    void studentCdf_largeDf_isNormal() {
        for (double z : new double[] {-6, -1.96, 0.3, 2.5}) {
            assertThat(Distributions.studentCdf(z, 1e15)).isCloseTo(Distributions.normalCdf(z), withinPercentage(REL));
            assertThat(Distributions.studentCdf(z, Double.POSITIVE_INFINITY))
                    .isCloseTo(Distributions.normalCdf(z), withinPercentage(REL));
        }
    }

    @Test
    void studentTwoSidedP_edges_areExact() {
        assertThat(Distributions.studentTwoSidedP(0, 5)).isEqualTo(1);
        assertThat(Distributions.studentTwoSidedP(Double.POSITIVE_INFINITY, 5)).isZero();
        assertThat(Distributions.studentTwoSidedP(1e200, 1)).isBetween(0.0, 1e-199);
        assertThat(Distributions.studentCdf(Double.NaN, 5)).isNaN();
    }

    @ParameterizedTest
    @CsvSource({
        "0.975, 10, 2.2281388519862742",
        "0.005, 10, -3.1692726726169512",
        "1e-12, 3, -10331.108244292486",
        "0.95, 1, 6.3137515146750374",
        "1e-6, 100, -5.0488308772283458",
    })
    void studentQuantile_matchesReference(double p, double df, double expected) {
        assertThat(Distributions.studentQuantile(p, df)).isCloseTo(expected, withinPercentage(REL));
    }

    @Test
    void studentQuantile_invertsTheCdf_downTo1e12() {
        for (double df : new double[] {0.7, 1, 2.5, 10, 30, 1000, 1e7}) {
            for (double p : new double[] {1e-12, 1e-6, 0.001, 0.025, 0.3}) {
                double t = Distributions.studentQuantile(p, df);
                assertThat(Distributions.studentCdf(t, df))
                        .as("df %s p %s", df, p)
                        .isCloseTo(p, withinPercentage(p < 1e-6 ? 1e-2 : REL));
                if (p >= 0.001) {
                    assertThat(Distributions.studentQuantile(1 - p, df)).isCloseTo(-t, withinPercentage(REL));
                }
            }
        }
        assertThat(Distributions.studentQuantile(0.5, 7)).isZero();
        assertThat(Distributions.studentQuantile(0, 7)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Distributions.studentQuantile(1, 7)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @CsvSource({
        "-1.96, 0.024997895148220436",
        "-7.0, 1.279812543885835e-12",
        "-10.0, 7.6198530241605261e-24",
        "0.5, 0.6914624612740131",
        "3.0, 0.99865010196836991",
        "-37.5, 4.6053530095819548e-308",
    })
    void normalCdf_matchesReference(double z, double expected) {
        assertThat(Distributions.normalCdf(z)).isCloseTo(expected, withinPercentage(REL));
    }

    @ParameterizedTest
    @CsvSource({
        "0.025, -1.959963984540054",
        "0.975, 1.959963984540054",
        "0.3, -0.52440051270804082",
    })
    void normalQuantile_matchesReference(double p, double expected) {
        assertThat(Distributions.normalQuantile(p)).isCloseTo(expected, withinPercentage(REL));
    }

    @Test
    void normalQuantile_farTail_isGoodToAMillionth() {
        assertThat(Distributions.normalQuantile(1e-12)).isCloseTo(-7.0344838253011319, withinPercentage(1e-4));
    }

    @Test
    void arguments_outsideTheirDomain_areRejected() {
        assertThatThrownBy(() -> Distributions.studentCdf(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("degrees of freedom");
        assertThatThrownBy(() -> Distributions.studentTwoSidedP(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distributions.studentQuantile(1.5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("probability");
        assertThatThrownBy(() -> Distributions.normalQuantile(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
