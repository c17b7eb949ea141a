package org.rfcc.bench.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfcc.bench.model.Defaults;

final class AlertsConfigTest {
    private static final AlertLevels TIGHT = new AlertLevels(5, 10);
    private static final AlertLevels LOOSE = new AlertLevels(40, 80);

    @ParameterizedTest
    @CsvSource({
        "compression/compression_speed, compression, compression_speed, f1, true",
        "compression/compression_speed, compression, compression_ratio, f1, false",
        "compression/*/f1, compression, compression_ratio, f1, true",
        "compression/*/f1, compression, compression_ratio, f1_macro, false",
        "*/*/latency_p99_ms, inference, inference_latency, latency_p99_ms, true",
        "*/*/latency_p99_ms, inference, inference_latency, latency_p50_ms, false",
        "*/model_loading, models, model_loading, load_time_ms, true",
        "org.example.MyBench/encode/score, org.example.MyBench, encode, score, true",
        "Compression/compression_speed, compression, compression_speed, f1, false",
    })
    void matches_comparesWholeSegments(String pattern, String suite, String benchmark, String metric, boolean match) {
        assertThat(new AlertOverride(pattern, TIGHT).matches(suite, benchmark, metric))
                .isEqualTo(match);
    }

    @Test
    void levelsFor_firstMatchingOverrideWins() {
        AlertsConfig config = withOverrides(
                new AlertOverride("inference/inference_latency/latency_p99_ms", TIGHT),
                new AlertOverride("inference/*", LOOSE));

        assertThat(config.levelsFor("inference", "inference_latency", "latency_p99_ms", "ms"))
                .contains(TIGHT);
        assertThat(config.levelsFor("inference", "inference_latency", "latency_p50_ms", "ms"))
                .contains(LOOSE);
    }

    @Test
    void levelsFor_noOverride_usesTheMetricsClass() {
        AlertsConfig config = withOverrides(new AlertOverride("inference/*", LOOSE));

        assertThat(config.levelsFor("compression", "compression_speed", "end_to_end_ms", "ms"))
                .contains(new AlertLevels(15, 25));
        assertThat(config.levelsFor("compression", "memory_usage", "peak_heap_mb", "MB"))
                .contains(new AlertLevels(20, 50));
        assertThat(config.levelsFor("compression", "compression_ratio", "f1", "score"))
                .as("no catalog claims compression here, and no unit is an accuracy")
                .isEmpty();
        assertThat(config.levelsFor(TestCatalog.SUITE, "quality", "f1", "score"))
                .as("the catalog of the suite classes it")
                .contains(new AlertLevels(2, 5));
    }

    @Test
    void levelsFor_unclassedMetric_hasNoneUnlessAnOverrideMatches() {
        AlertsConfig config = withOverrides(new AlertOverride("compression/compression_ratio/ratio_error", TIGHT));

        assertThat(config.levelsFor("compression", "compression_speed", "cpu_utilization", "ratio"))
                .isEmpty();
        assertThat(config.levelsFor("compression", "compression_ratio", "ratio_error", "ratio"))
                .contains(TIGHT);
    }

    @Test
    void levelsFor_classLeftOutOfTheMap_hasNone() {
        AlertsConfig config = new AlertsConfig(
                Map.of(AlertClass.MEMORY_USAGE, LOOSE),
                List.of(),
                0.01,
                3,
                AlertsConfig.defaults().notification());

        assertThat(config.levelsFor("compression", "compression_speed", "end_to_end_ms", "ms"))
                .isEmpty();
        assertThat(config.levelsFor("compression", "memory_usage", "peak_rss_mb", "MB"))
                .contains(LOOSE);
    }

    @Test
    void defaults_areTheSeedValues() {
        AlertsConfig defaults = AlertsConfig.defaults();

        assertThat(defaults.classes())
                .containsExactly(
                        Map.entry(AlertClass.COMPRESSION_SPEED, new AlertLevels(15, 25)),
                        Map.entry(AlertClass.MEMORY_USAGE, new AlertLevels(20, 50)),
                        Map.entry(AlertClass.MODEL_ACCURACY, new AlertLevels(2, 5)));
        assertThat(defaults.overrides()).isEmpty();
        assertThat(defaults.falseDiscoveryRate()).isEqualTo(0.01);
        assertThat(defaults.minForks()).isEqualTo(3);
        assertThat(defaults.notification())
                .isEqualTo(new Notification(
                        List.of("github", "slack", "email"), Duration.ofHours(24), 1, "main", Duration.ofDays(3)));
    }

    @Test
    void alertLevels_criticalBelowWarning_namesBoth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AlertLevels(20, 10))
                .withMessage("critical_threshold 10% is below warning_threshold 20%");
    }

    @Test
    void alertLevels_outOfRange_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertLevels(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertLevels(Double.NaN, 10));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AlertLevels(10, 1000.5))
                .withMessage("critical_threshold must be at most 1000%, got 1000.5%");
    }

    @Test
    void notification_duplicateOrUnknownChannelOrNonPositiveEscalation_isRejected() {
        Duration day = Duration.ofDays(1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(List.of("slack", "slack"), day, 1, "main", Duration.ofDays(3)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(List.of("sms"), day, 1, "main", Duration.ofDays(3)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(List.of(), Duration.ZERO, 1, "main", Duration.ofDays(3)));
    }

    @ParameterizedTest
    @CsvSource({"30s, PT30S", "30m, PT30M", "24h, PT24H", "2d, PT48H", " 1 h , PT1H"})
    void parseDuration_readsWholeUnits(String text, Duration expected) {
        assertThat(Notification.parseDuration(text)).contains(expected);
    }

    @Test
    void alertOverride_badPattern_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AlertOverride("models", TIGHT))
                .withMessage("pattern \"models\" has 1 segment; expected " + AlertOverride.PATTERN_EXAMPLES);
    }

    @Test
    void alertsConfig_outOfRangeStatistics_areRejected() {
        Notification n = AlertsConfig.defaults().notification();
        Map<AlertClass, AlertLevels> levels = Defaults.LEVELS;

        assertThatIllegalArgumentException().isThrownBy(() -> new AlertsConfig(levels, List.of(), 0, 3, n));
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertsConfig(levels, List.of(), 0.6, 3, n));
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertsConfig(levels, List.of(), 0.01, 1, n));
    }

    private static AlertsConfig withOverrides(AlertOverride... overrides) {
        AlertsConfig d = AlertsConfig.defaults();
        return new AlertsConfig(
                d.classes(), List.of(overrides), d.falseDiscoveryRate(), d.minForks(), d.notification());
    }
}
