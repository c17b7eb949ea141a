package org.rfcc.bench.alerts;

import java.time.Instant;
import java.util.List;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/** A {@code notify} in a process of its own, for {@link NotifyKilledTest} to kill: args the store's URL and the time. */
public final class NotifyMain {
    private NotifyMain() {}

    public static void main(String[] args) {
        AlertsConfig config = AlertsEndToEndTest.withChannels(AlertsConfig.defaults(), List.of("webhook"));
        try (HistoryStore store = Stores.open(args[0])) {
            var ready = Channels.from(config.notification().channels(), System.getenv());
            Notifier.notify(store, config, ready.channels(), Instant.parse(args[1]), System.getenv());
        }
    }
}
