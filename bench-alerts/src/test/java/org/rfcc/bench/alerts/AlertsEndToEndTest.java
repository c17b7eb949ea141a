package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
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
import org.rfcc.bench.model.config.Notification;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/**
 * Alerts from stored runs to real receivers on loopback: the GitHub API, a Slack webhook and a webhook receiver on the
 * JDK's HttpServer, and GreenMail for SMTP; the history a real SQLite file.
 */
final class AlertsEndToEndTest {
    private static final List<String> ALL = List.of("github", "slack", "email", "webhook");

    @TempDir
    Path dir;

    private Receivers receivers;
    private GreenMail mail;
    private HistoryStore store;
    private final Map<String, String> env = new HashMap<>();
    private final AlertsConfig config = withChannels(AlertsConfig.defaults(), ALL);

    static AlertsConfig withChannels(AlertsConfig c, List<String> channels) {
        Notification n = c.notification();
        return new AlertsConfig(
                c.classes(), c.overrides(), c.falseDiscoveryRate(), c.minForks(), n.withChannels(channels));
    }

    @BeforeEach
    void start() throws Exception {
        receivers = new Receivers();
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        store = Stores.open("jdbc:sqlite:" + dir.resolve("history.db"));
        env.put("GITHUB_TOKEN", "ghp_secretToken123");
        env.put("GITHUB_REPOSITORY", "o/r");
        env.put("GITHUB_API_URL", receivers.url("/api"));
        env.put("RFCC_BENCH_GITHUB_PR", "7");
        env.put("RFCC_BENCH_SLACK_WEBHOOK_URL", receivers.url("/slack/T000/B000/slackSecret456"));
        env.put("RFCC_BENCH_WEBHOOK_URL", receivers.url("/hook"));
        env.put("RFCC_BENCH_WEBHOOK_SECRET", "hookSecret789");
        env.put("RFCC_BENCH_SMTP_HOST", "127.0.0.1");
        env.put("RFCC_BENCH_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
        env.put("RFCC_BENCH_SMTP_TLS", "none");
        env.put("RFCC_BENCH_EMAIL_FROM", "bench@example.org");
        env.put("RFCC_BENCH_EMAIL_TO", "team@example.org, lead@example.org");
    }

    @AfterEach
    void stop() {
        store.close();
        mail.stop();
        receivers.close();
    }

    private Notifier.Report notifyAt(Instant now) {
        Channels.Ready ready = Channels.from(config.notification().channels(), env);
        assertThat(ready.skipped()).isEmpty();
        return Notifier.notify(store, config, ready.channels(), now, env);
    }

    private AlertRaiser.Raised stored(org.rfcc.bench.model.RunRecord run, Instant now) {
        store.store(run);
        return AlertRaiser.afterStored(store, run, config, now);
    }

    @Test
    void aSlowdownAfterThirtyRuns_raisesOneCriticalAlert_toEveryChannel_thenLivesItsLifecycle() throws Exception {
        Runs runs = new Runs(42, Duration.ofHours(1)); // hourly, so that the clock below follows the runs
        Instant now = Runs.START.plus(Duration.ofHours(30)).plusSeconds(600); // just after run 30
        for (int i = 0; i < 30; i++) {
            assertThat(stored(runs.run(i, 10_000, 5_000), now).opened())
                    .as("run " + i)
                    .isEmpty();
        }

        AlertRaiser.Raised raised = stored(runs.run(30, 10_000 / 1.3, 5_000), now); // parse 30% slower

        assertThat(raised.opened()).as(raised.opened().toString()).hasSize(1);
        StoredAlert parse = raised.opened().get(0);
        assertThat(parse.level()).isEqualTo("critical");
        assertThat(parse.series().benchmark()).isEqualTo("parse");
        assertThat(parse.changePct()).isBetween(-27.0, -20.0);

        Notifier.Report first = notifyAt(now);
        assertThat(first.delivered()).as("one message a channel").isEqualTo(4);
        assertThat(first.failed()).isZero();
        assertThat(receivers.to("/slack")).hasSize(1);
        assertThat(receivers.to("/slack").get(0).json().path("blocks").size()).isEqualTo(2);
        assertThat(receivers.to("/slack").get(0).body())
                .contains("<https://github.com/o/r/commit/" + parse.commit() + "|"
                        + parse.commit().substring(0, 10) + ">");
        Receivers.Request hook = receivers.to("/hook").get(0);
        assertThat(hook.headers().get("x-rfcc-bench-signature"))
                .isEqualTo(
                        "sha256=" + WebhookChannel.sign("hookSecret789".getBytes(StandardCharsets.UTF_8), hook.body()));
        assertThat(hook.json().path("alert").path("level").asText()).isEqualTo("critical");
        assertThat(hook.headers().get("x-rfcc-bench-delivery")).matches("[0-9]+");
        MimeMessage[] emails = mail.getReceivedMessages();
        assertThat(emails).hasSize(2); // one message, two recipients
        assertThat(emails[0].getSubject()).startsWith("[rfcc-bench] CRITICAL regression, org.example.Bench/parse");
        assertThat(receivers.comments).hasSize(1);
        assertThat(receivers.comments.values().iterator().next()).startsWith(GithubChannel.MARKER);
        assertThat(receivers.to("/api/repos/o/r/statuses/"))
                .extracting(r -> r.json().path("state").asText())
                .containsExactly("failure");
        assertThat(notifyAt(now).delivered())
                .as("a second notify sends nothing")
                .isZero();

        // the next run confirms it, and slows write too: the pull-request comment is edited in place, parse's
        // alert is not sent again, and write's is new
        AlertRaiser.Raised next = stored(runs.run(31, 10_000 / 1.3, 5_000 / 1.3), now.plusSeconds(3600));
        assertThat(next.updated()).extracting(StoredAlert::id).containsExactly(parse.id());
        StoredAlert write = next.opened().get(0);
        assertThat(write.series().benchmark()).isEqualTo("write");
        notifyAt(now.plusSeconds(3600));
        assertThat(receivers.comments).hasSize(1);
        assertThat(receivers.to("/api/repos/o/r/issues/comments/"))
                .extracting(Receivers.Request::method)
                .contains("PATCH");
        assertThat(receivers.to("/slack")).hasSize(2); // write's alert only

        // ack stops escalation: write's is acknowledged, parse's left open escalates after 24 h and not before
        Lifecycle.ack(store.alerts(), write.id(), "ana", "looking at it", now.plusSeconds(7200));
        assertThat(notifyAt(now.plus(Duration.ofHours(23))).escalated()).isZero();
        Notifier.Report late = notifyAt(now.plus(Duration.ofHours(25)));
        assertThat(late.escalated()).isEqualTo(1);
        assertThat(store.alerts().alert(parse.id()).orElseThrow().escalatedAt()).isNotNull();
        assertThat(notifyAt(now.plusSeconds(3600).plus(Duration.ofHours(25))).escalated())
                .as("the acknowledged one does not escalate")
                .isZero();
        assertThat(store.alerts().alert(write.id()).orElseThrow().escalatedAt()).isNull();
        assertThat(receivers.to("/slack").get(2).json().path("text").asText())
                .startsWith("ESCALATED: CRITICAL regression, org.example.Bench/parse");
        assertThat(notifyAt(now.plus(Duration.ofHours(26))).escalated())
                .as("escalates once")
                .isZero();

        // expected: parse's new level is intended, so its next run at that level raises nothing;
        // write comes back to its old level, which resolves its alert
        Lifecycle.expected(
                store.alerts(),
                parse.id(),
                "ana",
                "the new parser trades speed for safety",
                now.plus(Duration.ofHours(27)));
        AlertRaiser.Raised after = stored(runs.run(32, 10_000 / 1.3, 5_000), now.plus(Duration.ofHours(28)));
        assertThat(after.opened()).isEmpty();
        assertThat(after.resolved()).extracting(StoredAlert::id).containsExactly(write.id());
        assertThat(store.alerts()
                        .events(write.id())
                        .get(store.alerts().events(write.id()).size() - 1)
                        .note())
                .startsWith("back at the old level in run run-32");
        notifyAt(now.plus(Duration.ofHours(28)));
        assertThat(receivers.to("/api/repos/o/r/statuses/"))
                .extracting(r -> r.json().path("state").asText())
                .last()
                .isEqualTo("success");
        assertThat(store.alerts().alert(parse.id()).orElseThrow().state()).isEqualTo("expected");

        AlertStats stats = AlertStats.of(store.alerts());
        assertThat(stats.alerts()).isEqualTo(2);
        assertThat(stats.closedByPeople()).isEqualTo(1);
        assertThat(stats.precision()).isEqualTo(1.0);
        assertThat(stats.storedToDelivered().count()).isEqualTo(2);
        assertThat(stats.commitToDelivered().median()).isGreaterThan(0);

        StringBuilder kept = new StringBuilder(store.alerts().alerts(null).toString()).append(stats);
        for (StoredAlert a : store.alerts().alerts(null)) {
            kept.append(store.alerts().events(a.id())).append(store.alerts().messages(a.id()));
        }
        String everything = kept.toString();
        for (String secret : Channels.secrets(env)) {
            assertThat(everything).doesNotContain(secret);
        }
    }

    @Test
    void aRegressionThatItsRunProfiled_saysWhereTheTimeWent_inEveryChannel() throws Exception {
        Runs runs = new Runs(42, Duration.ofHours(1));
        Instant now = Runs.START.plus(Duration.ofHours(30)).plusSeconds(600);
        for (int i = 0; i < 30; i++) {
            stored(runs.run(i, 10_000, 5_000), now);
        }
        org.rfcc.bench.model.RunRecord slow = runs.run(30, 10_000 / 1.3, 5_000);
        var diff = new org.rfcc.bench.model.comparison.ProfileDiff(
                "org.example.Bench",
                "parse",
                Map.of("size", 16),
                "score",
                "profile_diff/parse-diff-flamegraph.html",
                List.of(400L, 410L),
                "org.example.Bench.tokens",
                0.27,
                0.68,
                "Bench.tokens +41% of samples (27% → 68%)");
        var comparison = new org.rfcc.bench.model.comparison.Comparison(
                        org.rfcc.bench.model.comparison.Comparison.SCHEMA,
                        new org.rfcc.bench.model.comparison.Comparison.RunRef("run-29", null),
                        new org.rfcc.bench.model.comparison.Comparison.RunRef(slow.runId(), null),
                        0.01,
                        List.of(),
                        org.rfcc.bench.model.comparison.Summary.of(List.of()),
                        List.of(),
                        List.of())
                .withProfileDiffs(List.of(diff));

        assertThat(stored(slow.withComparison(comparison), now).opened()).hasSize(1);
        assertThat(notifyAt(now).delivered()).isEqualTo(4);

        String where = "Bench.tokens +41% of samples (27% → 68%); differential flamegraph:"
                + " profile_diff/parse-diff-flamegraph.html";
        assertThat(receivers.to("/hook").get(0).json().path("where").asText()).isEqualTo(where);
        assertThat(receivers.to("/slack").get(0).body()).contains("Bench.tokens +41% of samples");
        assertThat(receivers.comments.values().iterator().next()).contains("where the time went");
        var alternative = (jakarta.mail.internet.MimeMultipart) mail.getReceivedMessages()[0].getContent();
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("where the time went: " + where);
    }
}
