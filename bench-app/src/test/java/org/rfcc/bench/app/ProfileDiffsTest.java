package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;

final class ProfileDiffsTest {
    private static Change change(String suite, String benchmark, Map<String, Object> params) {
        return new Change(
                suite,
                benchmark,
                params,
                "score",
                "us/op",
                Direction.LOWER_IS_BETTER,
                1,
                2,
                100.0,
                null,
                null,
                null,
                null,
                Kind.REGRESSION,
                Level.CRITICAL,
                null,
                null,
                null,
                null,
                null,
                Decision.TESTED,
                null,
                Change.PRIMARY,
                null,
                null);
    }

    private static boolean runs(Change ch, String label) {
        return Pattern.compile(ProfileDiffs.only(ch)).matcher(label).find();
    }

    @Test
    void theRegexChoosesThePlanOfTheRegression_whateverTheOrderOfItsParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("document_size", 1000);
        params.put("compression_ratio", 4);
        Change ch = change("compression", "compression_speed", params);
        assertThat(runs(ch, "compression/compression_speed[document_size=1000,compression_ratio=4]"))
                .isTrue();
        assertThat(runs(ch, "compression/compression_speed[compression_ratio=4,document_size=1000]"))
                .isTrue();
        assertThat(runs(ch, "compression/compression_speed[document_size=10000,compression_ratio=4]"))
                .isFalse();
        assertThat(runs(ch, "compression/compression_speed[document_size=1000,compression_ratio=8]"))
                .isFalse();
        assertThat(runs(ch, "compression/compression_speed_2[document_size=1000,compression_ratio=4]"))
                .isFalse();
        assertThat(runs(ch, "other/compression/compression_speed[document_size=1000,compression_ratio=4]"))
                .isFalse();
    }

    @Test
    void aJarsResult_carriesItsModeBesideThePlansParams() {
        Change ch = change("a.B", "mix", Map.of("mode", "avgt", "size", 1024));
        assertThat(runs(ch, "a.B/mix[size=1024]")).isTrue();
        assertThat(runs(ch, "a.B/mix")).isTrue();
        assertThat(runs(ch, "a.B/mix[size=2048]")).isFalse();
        assertThat(runs(change("a.B", "mix", Map.of()), "a.B/mix")).isTrue();
        assertThat(runs(change("a.B", "mix", Map.of()), "a.B/mixed")).isFalse();
    }
}
