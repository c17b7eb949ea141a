package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.Notification;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/** A nightly benchmark that stops running raises one missing alert after missing_after, and its next run resolves it. */
final class MissingTest {
    @TempDir
    Path dir;

    @Test
    void aNightlyBenchmarkQuietForThreeDays_raisesOneMissingAlert_thatItsNextRunResolves() {
        AlertsConfig config = AlertsEndToEndTest.withChannels(AlertsConfig.defaults(), List.of("webhook"));
        Runs runs = new Runs(3);
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
            for (int i = 0; i < 10; i++) {
                store.store(runs.run(i, 10_000, 5_000));
            }
            Instant last = Runs.START.plus(Duration.ofDays(9));

            assertThat(Missing.check(store, config, last.plus(Duration.ofHours(71))))
                    .isEmpty();
            assertThat(Missing.check(store, config, last.plus(Duration.ofHours(73))))
                    .as("both benchmarks")
                    .hasSize(2);
            assertThat(Notifier.notify(store, config, Map.of(), last.plus(Duration.ofHours(73)), Map.of())
                            .waiting())
                    .containsEntry("webhook", 2);
            assertThat(Missing.check(store, config, last.plus(Duration.ofHours(80))))
                    .as("one alert per benchmark")
                    .isEmpty();
            StoredAlert missing = store.alerts().alerts("open").get(0);
            assertThat(missing.kind()).isEqualTo("missing");
            assertThat(missing.runId()).isEqualTo("run-9");

            var back = runs.run(13, 10_000, 5_000);
            store.store(back);
            AlertRaiser.Raised raised = AlertRaiser.afterStored(store, back, config, last.plus(Duration.ofDays(4)));
            assertThat(raised.resolved()).extracting(StoredAlert::kind).containsExactly("missing", "missing");
            assertThat(raised.opened()).isEmpty();
            assertThat(store.alerts().alerts("open")).isEmpty();
        }
    }

    @Test
    void missingAfterZero_isOff_aWeeklyBenchmarkIsNotDaily_andOneLongQuietWasRetired() {
        AlertsConfig defaults = AlertsConfig.defaults();
        Notification n = defaults.notification();
        AlertsConfig off = new AlertsConfig(
                defaults.classes(),
                defaults.overrides(),
                defaults.falseDiscoveryRate(),
                defaults.minForks(),
                new Notification(List.of("webhook"), n.escalation(), 1, "main", Duration.ZERO));
        AlertsConfig on = AlertsEndToEndTest.withChannels(defaults, List.of("webhook"));
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("off.db"))) {
            Runs runs = new Runs(4);
            for (int i = 0; i < 10; i++) {
                store.store(runs.run(7 * i, 10_000, 5_000)); // weekly
            }
            assertThat(Missing.check(store, off, Runs.START.plus(Duration.ofDays(70))))
                    .isEmpty();
            assertThat(Missing.check(store, on, Runs.START.plus(Duration.ofDays(70))))
                    .as("weekly")
                    .isEmpty();
        }
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("retired.db"))) {
            Runs runs = new Runs(5);
            for (int i = 0; i < 10; i++) {
                store.store(runs.run(i, 10_000, 5_000));
            }
            Instant sixteenDaysLater = Runs.START.plus(Duration.ofDays(9 + 16));
            assertThat(Missing.check(store, on, sixteenDaysLater))
                    .as("quiet over 5 × missing_after")
                    .isEmpty();
            assertThat(Missing.check(store, off, Runs.START.plus(Duration.ofDays(13))))
                    .as("off")
                    .isEmpty();
        }
    }
}
