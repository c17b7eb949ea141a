package org.rfcc.bench.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.OutboxMessage;
import org.rfcc.bench.store.StoredAlert;

/**
 * {@code alerts notify} (after {@link Missing#check}): escalates the critical alerts left open past the escalation
 * time, then sends every message of the outbox that is due, each channel on a thread of its own so that a slow or dead
 * receiver holds up no other. A message is marked delivered only once its channel accepted it, so a
 * {@code notify} killed between the two sends it again the next time: delivery is at least once, and a
 * message keeps its id (the webhook's {@code X-Rfcc-Bench-Delivery}) for receivers to drop the second. A
 * failure is kept with the message and tried again after a back-off (1 minute, doubling, at most an
 * hour); the channel's later messages wait for the next {@code notify}. Twice in a row sends nothing new.
 */
public final class Notifier {
    /** The first wait after a failed attempt. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** The longest wait between attempts. */
    static final Duration LAST_RETRY = Duration.ofHours(1);

    private Notifier() {}

    /**
     * What a {@code notify} did.
     *
     * @param waiting how many messages wait for each channel that is not set up, kept for when it is
     */
    public record Report(
            int escalated, int delivered, int failed, Map<String, Integer> waiting, List<String> failures) {
        /** How many messages wait for channels that are not set up. */
        public int waitingTotal() {
            return waiting.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Escalates and sends what is due at {@code now} through {@code channels}; {@code env} for redaction. */
    public static Report notify(
            HistoryStore store,
            AlertsConfig config,
            Map<String, Channel> channels,
            Instant now,
            Map<String, String> env) {
        int escalated = escalate(store, config, now);
        Map<String, List<OutboxMessage>> byChannel = new LinkedHashMap<>();
        for (OutboxMessage m : store.alerts().due(now)) {
            byChannel.computeIfAbsent(m.channel(), k -> new ArrayList<>()).add(m);
        }
        AtomicInteger delivered = new AtomicInteger();
        Map<String, Integer> waiting = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, byChannel.size()), r -> {
            Thread t = new Thread(r, "rfcc-bench-notify");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> sent = new ArrayList<>();
            byChannel.forEach((name, messages) -> {
                Channel channel = channels.get(name);
                if (channel == null) {
                    waiting.put(name, messages.size());
                    return;
                }
                sent.add(pool.submit(() -> {
                    for (OutboxMessage m : messages) {
                        StoredAlert alert = store.alerts().alert(m.alertId()).orElseThrow();
                        try {
                            channel.send(new Notice(m.id(), alert, m.event(), where(store, alert)));
                            store.alerts().delivered(m.id(), now);
                            delivered.incrementAndGet();
                        } catch (DeliveryException e) {
                            String error = Channels.redact(e.getMessage(), env);
                            store.alerts().failed(m.id(), m.attempts() + 1, now.plus(backoff(m.attempts() + 1)), error);
                            synchronized (failures) {
                                failures.add(name + ": message " + m.id() + " (alert " + m.alertId() + ", "
                                        + m.event() + ") failed: " + error + "; tried again from "
                                        + now.plus(backoff(m.attempts() + 1)));
                            }
                            return; // this channel is down: its other messages wait for the next notify
                        }
                    }
                }));
            });
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Report(escalated, delivered.get(), failures.size(), waiting, failures);
    }

    /**
     * Where the time of {@code alert}'s benchmark went, as its run's comparison profiled it ({@code
     * --profile-diff}); null when that run has none for it.
     */
    static String where(HistoryStore store, StoredAlert alert) {
        var series = alert.series();
        return store.run(alert.runId())
                .map(RunRecord::comparison)
                .flatMap(c -> c.profileDiffs().stream()
                        .filter(d -> d.suite().equals(series.suite())
                                && d.benchmark().equals(series.benchmark())
                                && Params.canonical(d.params()).equals(series.params()))
                        .findFirst())
                .map(d -> d.where() + (d.flamegraph() == null ? "" : "; differential flamegraph: " + d.flamegraph()))
                .orElse(null);
    }

    private static String hours(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }

    /** Escalates each open critical alert that was sent and left unacknowledged past the escalation time. */
    private static int escalate(HistoryStore store, AlertsConfig config, Instant now) {
        Duration after = config.notification().escalation();
        int n = 0;
        for (StoredAlert a : store.alerts().alerts("open")) {
            boolean sent = a.confirmations() >= config.notification().confirmRuns();
            if (sent
                    && a.level().equals("critical")
                    && a.escalatedAt() == null
                    && !now.isBefore(a.openedAt().plus(after))) {
                StoredAlert escalated = a.escalated(now);
                store.alerts()
                        .update(
                                escalated,
                                new AlertEvent(
                                        now,
                                        "escalated",
                                        AlertRaiser.SELF,
                                        "open and not acknowledged for " + hours(after),
                                        null),
                                config.notification().channels());
                n++;
            }
        }
        return n;
    }
}
