package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.OutboxMessage;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/** The outbox against receivers that fail: down, slow, answering 500, redirecting; nothing is lost or sent twice. */
final class NotifierFaultTest {
    @TempDir
    Path dir;

    private Receivers receivers;
    private HistoryStore store;
    private final Map<String, String> env = new HashMap<>();
    private final AlertsConfig config =
            AlertsEndToEndTest.withChannels(AlertsConfig.defaults(), List.of("slack", "webhook"));
    private final Instant now = Runs.START.plus(Duration.ofDays(20)).plusSeconds(600); // just after run 20

    @BeforeEach
    void start() throws Exception {
        receivers = new Receivers();
        store = Stores.open("jdbc:sqlite:" + dir.resolve("history.db"));
        env.put("RFCC_BENCH_SLACK_WEBHOOK_URL", receivers.url("/slack/T0/B0/xyz"));
        env.put("RFCC_BENCH_WEBHOOK_URL", receivers.url("/hook"));
        env.put("RFCC_BENCH_WEBHOOK_SECRET", "s3cret");
        Runs runs = new Runs(7);
        for (int i = 0; i < 20; i++) {
            store.store(runs.run(i, 10_000, 5_000));
        }
        var slow = runs.run(20, 10_000 / 1.3, 5_000);
        store.store(slow);
        assertThat(AlertRaiser.afterStored(store, slow, config, now).opened()).hasSize(1);
    }

    @AfterEach
    void stop() {
        store.close();
        receivers.close();
    }

    private Notifier.Report notifyAt(Instant at) {
        return Notifier.notify(
                store,
                config,
                Channels.from(config.notification().channels(), env).channels(),
                at,
                env);
    }

    @Test
    void aChannelAnswering500ThreeTimes_getsTheMessageOnceAfterItRecovers_andTheOtherAtOnce() {
        receivers.fail("/slack", 3);

        Notifier.Report first = notifyAt(now);

        assertThat(first.delivered()).isEqualTo(1);
        assertThat(first.failures())
                .singleElement()
                .asString()
                .startsWith("slack: message ")
                .contains("HTTP 500");
        assertThat(receivers.to("/hook")).hasSize(1);
        Instant at = now;
        for (int retry = 1; retry <= 2; retry++) {
            assertThat(notifyAt(at.plusSeconds(1)).failed()).as("backing off").isZero();
            at = at.plus(Notifier.backoff(retry));
            assertThat(notifyAt(at).failed()).as("retry " + retry).isEqualTo(1);
        }
        at = at.plus(Notifier.backoff(3));
        assertThat(notifyAt(at).delivered()).isEqualTo(1);
        assertThat(notifyAt(at.plus(Duration.ofHours(5))).delivered()).isZero();
        assertThat(receivers.to("/slack")).hasSize(4); // three refused, one taken
        assertThat(receivers.to("/hook")).hasSize(1);
        StoredAlert alert = store.alerts().alerts("open").get(0);
        assertThat(store.alerts().messages(alert.id()))
                .extracting(OutboxMessage::channel, OutboxMessage::attempts)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("slack", 3),
                        org.assertj.core.groups.Tuple.tuple("webhook", 0));
        assertThat(AlertView.of(alert, store.alerts()).deliveries())
                .extracting(AlertView.Delivery::status)
                .containsOnly("delivered");
    }

    @Test
    void aChannelThatRefusesTheConnection_isTriedAgainLater_andHoldsUpNoOther() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        env.put("RFCC_BENCH_SLACK_WEBHOOK_URL", "http://127.0.0.1:" + closed + "/T0/B0/xyz");

        Notifier.Report report = notifyAt(now);

        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.failures())
                .singleElement()
                .asString()
                .contains("cannot reach 127.0.0.1:" + closed)
                .doesNotContain("xyz");
        env.put("RFCC_BENCH_SLACK_WEBHOOK_URL", receivers.url("/slack/T0/B0/xyz"));
        assertThat(notifyAt(now.plus(Notifier.backoff(1))).delivered()).isEqualTo(1);
    }

    @Test
    void aSlowChannel_timesOut_whileTheOtherIsServedAtOnce() {
        receivers.delay("/slack", (int) Http.TIMEOUT.toMillis() + 2_000);

        long start = System.nanoTime();
        Notifier.Report report = notifyAt(now);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.failures()).singleElement().asString().contains("no answer within 10 s");
        assertThat(receivers.to("/hook")).hasSize(1);
        assertThat(seconds).isLessThan(Http.TIMEOUT.toSeconds() + 5.0);
    }

    @Test
    void anSmtpServerThatIsDown_failsItsMessage_keptForLater_whileTheWebhookGetsIt() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        env.put("RFCC_BENCH_SMTP_HOST", "127.0.0.1");
        env.put("RFCC_BENCH_SMTP_PORT", Integer.toString(closed));
        env.put("RFCC_BENCH_SMTP_TLS", "none");
        env.put("RFCC_BENCH_SMTP_USER", "bench");
        env.put("RFCC_BENCH_SMTP_PASSWORD", "smtpSecret1");
        env.put("RFCC_BENCH_EMAIL_FROM", "bench@example.org");
        env.put("RFCC_BENCH_EMAIL_TO", "team@example.org");
        StoredAlert alert = store.alerts().alerts("open").get(0);
        store.alerts()
                .update(
                        alert,
                        new org.rfcc.bench.store.AlertEvent(now, "updated", "test", null, null),
                        List.of("email", "webhook"));
        List<String> both = List.of("email", "webhook");

        Notifier.Report report =
                Notifier.notify(store, config, Channels.from(both, env).channels(), now, env);

        assertThat(report.failures())
                .singleElement()
                .asString()
                .startsWith("email: ")
                .contains("SMTP")
                .doesNotContain("smtpSecret1");
        assertThat(receivers.to("/hook")).hasSize(2); // the alert's first message, and this one
        assertThat(store.alerts().due(now.plus(Notifier.backoff(1))))
                .extracting(OutboxMessage::channel)
                .contains("email");
    }

    @Test
    void aRedirect_isNotFollowed() {
        receivers.redirect("/hook", "http://example.org/elsewhere");

        Notifier.Report report = notifyAt(now);

        assertThat(report.failures()).singleElement().asString().contains("HTTP 302: a redirect, not followed");
        assertThat(receivers.to("/slack")).hasSize(1);
    }
}
