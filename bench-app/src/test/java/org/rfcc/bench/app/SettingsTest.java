package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;

final class SettingsTest {
    @Test
    void resolve_givenOverEnvironmentOverDefault() {
        assertThat(Settings.resolve("jdbc:sqlite:a.db", null, null, Map.of(Settings.STORE_ENV, "jdbc:sqlite:b.db"))
                        .storeUrl())
                .isEqualTo("jdbc:sqlite:a.db");
        assertThat(Settings.resolve(null, null, null, Map.of(Settings.STORE_ENV, "jdbc:sqlite:b.db"))
                        .storeUrl())
                .isEqualTo("jdbc:sqlite:b.db");
        assertThat(Settings.resolve(null, null, null, Map.of(Settings.STORE_ENV, " "))
                        .storeUrl())
                .isEqualTo(Defaults.STORE_URL);
    }

    @Test
    void resolve_config_fallsBackToTheLaunchersCheckout_whenTheWorkingDirectoryHasNone() {
        Settings s = Settings.resolve(null, null, null, Map.of(Settings.HOME_ENV, "/opt/rfcc-bench"));
        assertThat(s.config()).isEqualTo(Path.of("/opt/rfcc-bench").resolve(Defaults.CONFIG));
        assertThat(Settings.resolve(null, Path.of("x.yaml"), null, Map.of()).config())
                .isEqualTo(Path.of("x.yaml"));
    }

    @Test
    void storeName_hidesThePassword() {
        Settings s = Settings.resolve("jdbc:postgresql://h/db?user=u&password=secret", null, null, Map.of());
        assertThat(s.storeName()).doesNotContain("secret");
    }

    @Test
    void ages_andSince_parseOrSayWhatTheyTake() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        assertThat(Upkeep.ago("12m", now)).isEqualTo(Instant.parse("2025-12-01T12:00:00Z"));
        assertThat(Upkeep.ago("2w", now)).isEqualTo(Instant.parse("2026-11-17T12:00:00Z"));
        assertThatThrownBy(() -> Upkeep.ago("12 months", now))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("such as 12m, 30d, 2w or 1y");
        assertThat(Histories.since("30d", now)).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(Histories.since("2026-11-01", now)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThatThrownBy(() -> Histories.since("yesterday", now))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("is not a date");
    }

    @Test
    void labels_thisMachine_isThisMachinesFingerprint_andBadOnesAreUserErrors() {
        assertThat(Imports.labels(null, null, Imports.THIS_MACHINE, null).machine())
                .isEqualTo(Baselines.machine());
        assertThatThrownBy(() -> Imports.labels("abc", null, null, null))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("40 hex digits");
    }
}
