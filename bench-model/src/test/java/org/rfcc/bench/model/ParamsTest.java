package org.rfcc.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ParamsTest {
    @Test
    void numbers_writtenAnyWay_becomeOneCanonicalValue() {
        for (Object four : List.of(4, 4L, 4.0, 4.0f, "4", "4.0", new BigDecimal("4.00"), (short) 4)) {
            assertThat(Params.value(four))
                    .as("%s (%s)", four, four.getClass().getSimpleName())
                    .isEqualTo(4L);
        }
        assertThat(Params.value(2.5)).isEqualTo(2.5);
        assertThat(Params.value("2.5")).isEqualTo(2.5);
    }

    @Test
    void text_thatIsNoPlainNumber_staysText() {
        assertThat(Params.value("007")).isEqualTo("007");
        assertThat(Params.value("1e3")).isEqualTo("1e3");
        assertThat(Params.value("rfcc-base-4x")).isEqualTo("rfcc-base-4x");
        assertThat(Params.value("99999999999999999999")).isEqualTo("99999999999999999999");
        assertThat(Params.value(true)).isEqualTo(true);
    }

    @Test
    void canonical_keepsTheOrder_andMakesEqualMapsOfOnePoint() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("model", "m");
        a.put("ratio", 4.0);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("model", "m");
        b.put("ratio", "4");
        assertThat(Params.canonical(a)).isEqualTo(Params.canonical(b));
        assertThat(Params.canonical(a).keySet()).containsExactly("model", "ratio");
        assertThat(Json.compact(Params.canonical(a))).isEqualTo(Json.compact(Params.canonical(b)));
    }

    @Test
    void results_holdCanonicalParams() {
        BenchmarkResult r = BenchmarkResult.failed("s", "b", Map.of("n", "1000"), "boom");
        assertThat(r.params()).containsEntry("n", 1000L);
    }
}
