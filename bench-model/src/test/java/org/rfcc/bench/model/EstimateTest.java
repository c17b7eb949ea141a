package org.rfcc.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class EstimateTest {
    @Test
    void forkValue_isTheMedianOfItsIterations_soOneSlowIterationCannotMoveIt() {
        assertThat(Estimate.forkValues(List.of(List.of(10.0, 11.0, 12.0, 500.0, 10.5))))
                .containsExactly(11.0);
        assertThat(Estimate.forkValues(List.of(List.of(1.0, 3.0), List.of(2.0))))
                .containsExactly(2.0, 2.0);
    }

    @Test
    void value_ofSeveralForks_isTheGeometricMeanOfTheirMedians() {
        Estimate e = Estimate.of(List.of(List.of(100.0, 101.0, 99.0), List.of(400.0, 401.0, 399.0)));
        assertThat(e.value()).isCloseTo(200.0, within(1e-9));
        assertThat(e.low()).isLessThan(e.value());
        assertThat(e.high()).isGreaterThan(e.value());
        // on the log scale the interval is symmetric: low * high = value²
        assertThat(e.low() * e.high()).isCloseTo(e.value() * e.value(), within(1e-6));
    }

    @Test
    void interval_ofForks_isStudentsTOnTheLogScale() {
        // log fork values 0 and log 4: mean log 2, sd log 4 / √2, t(0.975, 1) = 12.7062
        Estimate e = Estimate.of(List.of(List.of(1.0), List.of(4.0)));
        double half = 12.706204736174698 * Math.log(4) / Math.sqrt(2) / Math.sqrt(2);
        assertThat(e.value()).isCloseTo(2.0, within(1e-12));
        assertThat(Math.log(e.high()) - Math.log(e.value())).isCloseTo(half, within(1e-9));
    }

    @Test
    void value_withAZeroOrNegativeFork_isTheArithmeticMean() {
        Estimate e = Estimate.of(List.of(List.of(0.0), List.of(2.0), List.of(4.0)));
        assertThat(e.value()).isEqualTo(2.0);
        assertThat(e.low()).isLessThan(2.0);
        assertThat(e.high()).isGreaterThan(2.0);
    }

    @Test
    void oneFork_hasTheOrderStatisticIntervalOfItsMedian() {
        Estimate small = Estimate.of(List.of(List.of(5.0, 1.0, 3.0, 2.0, 4.0)));
        assertThat(small.value()).isEqualTo(3.0);
        assertThat(List.of(small.low(), small.high()))
                .as("n ≤ 5: the whole range")
                .containsExactly(1.0, 5.0);
        Estimate ten = Estimate.of(List.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)));
        assertThat(ten.value()).isEqualTo(5.5);
        assertThat(List.of(ten.low(), ten.high())).as("x(2), x(9): 97.9%").containsExactly(2.0, 9.0);
    }

    @Test
    void oneSample_isExact() {
        Estimate e = Estimate.of(List.of(List.of(0.875)));
        assertThat(List.of(e.value(), e.low(), e.high())).containsOnly(0.875);
    }

    @Test
    void metric_isDerivedWhenRead_notTakenFromTheFile() throws Exception {
        String json = "{\"unit\":\"ms\",\"direction\":\"lower_is_better\",\"value\":999,"
                + "\"samples\":[[1.0,2.0,3.0],[4.0,5.0,6.0]],\"ci\":[0,1]}";
        Metric m = Json.MAPPER.readValue(json, Metric.class);
        assertThat(m.value()).isEqualTo(Math.sqrt(2.0 * 5.0));
        assertThat(Json.MAPPER.readTree(Json.compact(m)).get("value").asDouble())
                .isEqualTo(m.value());
    }

    @Test
    void metric_refusesNonFiniteSamples() {
        assertThatThrownBy(() -> new Metric("ms", Direction.LOWER_IS_BETTER, List.of(List.of(1.0, Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
