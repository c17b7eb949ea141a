package org.rfcc.bench.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.alerts.AlertStats;
import org.rfcc.bench.alerts.AlertTables;
import org.rfcc.bench.alerts.AlertView;
import org.rfcc.bench.alerts.Notifier;
import org.rfcc.bench.app.Alerting;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench alerts}: the alerts raised after stored runs, their lifecycle, and their delivery. */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = {
            "Alerts raised after each stored run: list them, move them through their lifecycle (ack, expected,"
                    + " dismiss, resolve), send what is due (notify), test a channel, and measure them (stats).",
            "Channels (notification.channels in alerts.yaml) take their settings from the environment only: github"
                    + " (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, RFCC_BENCH_GITHUB_PR), slack"
                    + " (RFCC_BENCH_SLACK_WEBHOOK_URL), email (RFCC_BENCH_SMTP_HOST, _PORT, _USER, _PASSWORD, _TLS,"
                    + " RFCC_BENCH_EMAIL_FROM, RFCC_BENCH_EMAIL_TO), webhook (RFCC_BENCH_WEBHOOK_URL,"
                    + " RFCC_BENCH_WEBHOOK_SECRET)."
        },
        subcommands = {
            AlertsCommand.ListAlerts.class,
            AlertMoves.Ack.class,
            AlertMoves.Expected.class,
            AlertMoves.Dismiss.class,
            AlertMoves.Resolve.class,
            AlertMoves.Confirm.class,
            AlertsCommand.Notify.class,
            AlertsCommand.Test.class,
            AlertsCommand.Stats.class
        })
final class AlertsCommand extends BaseCommand {
    @Override
    protected int doCall() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    /** {@code --now}: an ISO-8601 instant, or the clock when not given. */
    static Instant now(String text) {
        if (text == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserException("--now is '" + text + "'; expected an ISO-8601 time such as 2026-12-01T10:00:00Z");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The alerts in a state, oldest first.")
    static final class ListAlerts extends BaseCommand {
        @Option(
                names = "--state",
                defaultValue = "open",
                description = "open, acknowledged, expected, dismissed, resolved or all (default: ${DEFAULT-VALUE}).")
        String state;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        protected int doCall() {
            ListFormat chosen = format(format, ListFormat.class);
            List<AlertView> alerts = new Alerting(settings(), console()).list(state);
            if (chosen == ListFormat.JSON) {
                out().println(Json.pretty(alerts));
                return ExitCodes.OK;
            }
            out().print(AlertTables.list(alerts, state));
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "notify",
            mixinStandardHelpOptions = true,
            description = {
                "Sends what is due: new alerts, updates, escalations of critical alerts left unacknowledged"
                        + " past notification.escalation_time, and retries of failed deliveries (back-off from 1 minute,"
                        + " doubling, to 1 hour). Idempotent: run it from cron every 15 minutes.",
                "Delivery is at least once: a message whose sending was cut off is sent again, with the same"
                        + " X-Rfcc-Bench-Delivery id. Exit 0 even when a channel failed (the failure is kept and retried)."
            })
    static final class Notify extends BaseCommand {
        @Option(names = "--now", paramLabel = "ISO-8601", description = "The time to act at (default: now).")
        String now;

        @Override
        protected int doCall() {
            Instant at = now(now);
            Alerting.Notified notified = new Alerting(settings(), console()).notifyAt(at);
            Notifier.Report r = notified.sent();
            out().printf(
                            Locale.ROOT,
                            "sent %d, failed %d (retried later), waiting %d for unset channels, escalated %d,"
                                    + " missing %d%n",
                            r.delivered(),
                            r.failed(),
                            r.waitingTotal(),
                            r.escalated(),
                            notified.missing().size());
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = "Sends one test message through a channel, set up from the environment.")
    static final class Test extends BaseCommand {
        @Parameters(index = "0", paramLabel = "CHANNEL", description = "github, slack, email or webhook.")
        String channel;

        @Override
        protected int doCall() {
            new Alerting(settings(), console()).test(channel, Instant.now());
            out().println("the " + channel + " channel took the test message");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description =
                    "Alerts by state and level, their precision (1 - false positives / alerts closed by a person),"
                            + " and the time from a run's storing, and from its commit, to its alert's delivery.")
    static final class Stats extends BaseCommand {
        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        protected int doCall() {
            ListFormat chosen = format(format, ListFormat.class);
            AlertStats s = new Alerting(settings(), console()).stats();
            if (chosen == ListFormat.JSON) {
                out().println(Json.pretty(s));
                return ExitCodes.OK;
            }
            out().print(AlertTables.stats(s));
            return ExitCodes.OK;
        }
    }
}
