package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.Notification;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/** notification.confirm_runs: an alert is sent only once that many consecutive runs show its change. */
final class ConfirmRunsTest {
    @TempDir
    Path dir;

    private static AlertsConfig confirmingAfter(int runs) {
        AlertsConfig d = AlertsConfig.defaults();
        Notification n = d.notification();
        return new AlertsConfig(
                d.classes(),
                d.overrides(),
                d.falseDiscoveryRate(),
                d.minForks(),
                new Notification(List.of("webhook"), n.escalation(), runs, n.baseBranch(), n.missingAfter()));
    }

    @Test
    void withTwoConfirmingRuns_theFirstSlowRunSendsNothing_theSecondSendsTheAlert_andAStrayOneIsDroppedUnsent() {
        AlertsConfig config = confirmingAfter(2);
        Runs runs = new Runs(11);
        Instant now = Runs.START.plus(Duration.ofDays(40));
        try (HistoryStore store = Stores.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
            for (int i = 0; i < 20; i++) {
                store.store(runs.run(i, 10_000, 5_000));
            }
            StoredAlert stray = stored(store, runs.run(20, 7_000, 5_000), config, now)
                    .opened()
                    .get(0);
            assertThat(store.alerts().messages(stray.id())).as("held").isEmpty();
            AlertRaiser.Raised back = stored(store, runs.run(21, 10_000, 5_000), config, now);
            assertThat(back.resolved()).extracting(StoredAlert::id).containsExactly(stray.id());
            assertThat(store.alerts().messages(stray.id())).as("dropped unsent").isEmpty();
            assertThat(store.alerts().events(stray.id()).get(1).note()).startsWith("not confirmed by run run-21");

            StoredAlert real = stored(store, runs.run(22, 7_000, 5_000), config, now)
                    .opened()
                    .get(0);
            assertThat(store.alerts().messages(real.id())).isEmpty();
            AlertRaiser.Raised confirmed = stored(store, runs.run(23, 7_000, 5_000), config, now);
            assertThat(confirmed.updated())
                    .extracting(StoredAlert::confirmations)
                    .containsExactly(2);
            assertThat(store.alerts().messages(real.id())).singleElement().satisfies(m -> assertThat(m.event())
                    .isEqualTo("opened"));
        }
    }

    private static AlertRaiser.Raised stored(HistoryStore store, RunRecord run, AlertsConfig config, Instant now) {
        store.store(run);
        return AlertRaiser.afterStored(store, run, config, now);
    }
}
