package org.rfcc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;

final class QualityPassTest {
    @Test
    void measure_addsBaselineRetentions_inRange_randomAndLeadNBelowRfccWithTheQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "rfcc-base-4x");
        Map<String, Metric> m = new QualityPass()
                .plan(
                        CompressionSuite.NAME,
                        CompressionSuite.QUALITY,
                        params,
                        "rfcc-base-4x",
                        Workload.document(1_000),
                        4)
                .measure()
                .get();
        assertThat(m)
                .containsKeys(
                        "information_retention",
                        "information_retention_no_query",
                        "information_retention_random",
                        "information_retention_lead_n");
        double withQuery = m.get("information_retention").value();
        for (String name : new String[] {
            "information_retention_no_query", "information_retention_random", "information_retention_lead_n"
        }) {
            Metric r = m.get(name);
            assertThat(r.unit()).as(name).isEqualTo("score");
            assertThat(r.direction()).as(name).isEqualTo(Direction.HIGHER_IS_BETTER);
            assertThat(r.value()).as(name).isBetween(0.0, 1.0);
            assertThat(r.forks()).as(name).isEqualTo(1);
        }
        assertThat(m.get("information_retention_random").value()).isLessThan(withQuery);
        assertThat(m.get("information_retention_lead_n").value()).isLessThan(withQuery);
    }
}
