package org.rfcc.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class VariancePriorTest {
    @Test
    void estimate_sameTrueVariance_isStrongAndNearIt() {
        Random random = new Random(7);
        int g = 40;
        double[] s2 = new double[g];
        double[] d = new double[g];
        for (int i = 0; i < g; i++) {
            double ss = 0;
            for (int k = 0; k < 8; k++) {
                double z = random.nextGaussian() * 0.03;
                ss += z * z;
            }
            s2[i] = ss / 8;
            d[i] = 8;
        }
        VariancePrior prior = VariancePrior.estimate(s2, d);
        assertThat(Math.sqrt(prior.variance())).isCloseTo(0.03, within(0.005));
        assertThat(prior.df()).isGreaterThan(20);
    }

    @Test
    void estimate_veryDifferentVariances_isWeak() {
        double[] s2 = {1e-6, 1e-2, 1e-4, 1, 1e-5, 0.1};
        double[] d = {8, 8, 8, 8, 8, 8};
        assertThat(VariancePrior.estimate(s2, d).df()).isLessThan(2);
    }

    @Test
    void estimate_fewerThanThreeUsable_isNone() {
        assertThat(VariancePrior.estimate(new double[] {0.1, 0, 0.2}, new double[] {8, 8, 8}))
                .isEqualTo(VariancePrior.NONE);
    }

    @Test
    void moderate_noPrior_keepsTheOwnEstimate() {
        assertThat(VariancePrior.NONE.moderate(0.5, 8)).isEqualTo(0.5);
        assertThat(new VariancePrior(1, 8).moderate(0, 8)).isEqualTo(0.5);
    }
}
