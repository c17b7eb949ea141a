package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/**
 * {@code kill -9} of a {@code notify} while it sends: afterwards every message is delivered at least once, a message
 * that came twice came with the same delivery id, and the outbox holds nothing undelivered.
 */
final class NotifyKilledTest {
    @TempDir
    Path dir;

    @Test
    void notifyKilledWhileSending_thenRunAgain_deliversEveryMessageAtLeastOnce_underOneIdEach() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("history.db");
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        int messages = 40;
        try (HistoryStore store = Stores.open(url)) {
            for (int i = 0; i < messages; i++) {
                SeriesKey series = new SeriesKey("s", "b" + i, Map.of(), "score", "fp", "jmh");
                store.alerts()
                        .open(
                                new StoredAlert(
                                        0,
                                        "regression",
                                        series,
                                        "open",
                                        "critical",
                                        "r",
                                        now,
                                        "r",
                                        null,
                                        null,
                                        now,
                                        100.0,
                                        130.0,
                                        30.0,
                                        25.0,
                                        35.0,
                                        1e-6,
                                        20,
                                        1,
                                        false,
                                        now,
                                        now,
                                        null,
                                        null),
                                new AlertEvent(now, "opened", AlertRaiser.SELF, null, "r"),
                                List.of("webhook"));
            }
        }
        try (Receivers receivers = new Receivers()) {
            receivers.delay("/hook", 100);
            ProcessBuilder child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    NotifyMain.class.getName(),
                    url,
                    now.toString());
            child.environment().put("RFCC_BENCH_WEBHOOK_URL", receivers.url("/hook"));
            child.environment().put("RFCC_BENCH_WEBHOOK_SECRET", "s3cret");
            child.redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile());
            Process p = child.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (receivers.to("/hook").size() < 10 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
            p.waitFor(10, TimeUnit.SECONDS);
            int beforeKill = receivers.to("/hook").size();
            assertThat(beforeKill).as("killed mid-way").isBetween(10, messages - 1);

            AlertsConfig config = AlertsEndToEndTest.withChannels(AlertsConfig.defaults(), List.of("webhook"));
            Map<String, String> env =
                    Map.of("RFCC_BENCH_WEBHOOK_URL", receivers.url("/hook"), "RFCC_BENCH_WEBHOOK_SECRET", "s3cret");
            receivers.delay("/hook", 0);
            try (HistoryStore store = Stores.open(url)) {
                Notifier.notify(
                        store, config, Channels.from(List.of("webhook"), env).channels(), now, env);
                assertThat(store.alerts().due(now.plusSeconds(86_400)))
                        .as("nothing left undelivered")
                        .isEmpty();
            }
            Map<String, Long> byId = receivers.to("/hook").stream()
                    .collect(Collectors.groupingBy(
                            r -> r.headers().get("x-rfcc-bench-delivery"), Collectors.counting()));
            assertThat(byId).as("every message arrived").hasSize(messages);
            assertThat(byId.values()).as("at most the one in flight came twice").allMatch(n -> n <= 2);
            assertThat(byId.values().stream().filter(n -> n == 2).count()).isLessThanOrEqualTo(1);
        }
    }
}
