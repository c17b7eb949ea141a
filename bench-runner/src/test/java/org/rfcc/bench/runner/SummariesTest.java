package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;

final class SummariesTest {
    private static final Offset<Double> EPS = Offset.offset(1e-9);

    @Test
    void metric_severalForks_intervalComesFromForkMeans() {
        // fork means 10, 12, 14: mean 12, sd 2, t(0.975, 2) = 4.302652729749464
        Metric m = Summaries.metric(
                "ms", Direction.LOWER_IS_BETTER, List.of(List.of(9.0, 11.0), List.of(12.0, 12.0), List.of(13.0, 15.0)));
        assertThat(m.value()).isCloseTo(12.0, EPS);
        double half = 4.302652729749464 * 2 / Math.sqrt(3);
        assertThat(m.ci().get(0)).isCloseTo(12 - half, Offset.offset(1e-6));
        assertThat(m.ci().get(1)).isCloseTo(12 + half, Offset.offset(1e-6));
        assertThat(m.forks()).isEqualTo(3);
        assertThat(m.sampleCount()).isEqualTo(6);
    }

    @Test
    void metric_oneFork_intervalComesFromItsIterations() {
        // 1, 2, 3: mean 2, sd 1, t(0.975, 2)
        Metric m = Summaries.metric("ms", Direction.LOWER_IS_BETTER, List.of(List.of(1.0, 2.0, 3.0)));
        assertThat(m.ci().get(1) - m.value()).isCloseTo(4.302652729749464 / Math.sqrt(3), Offset.offset(1e-6));
    }

    @Test
    void metric_oneSample_hasAZeroWidthInterval() {
        Metric m = Summaries.metric("ms", Direction.LOWER_IS_BETTER, List.of(List.of(7.0)));
        assertThat(m.ci()).containsExactly(7.0, 7.0);
    }
}
