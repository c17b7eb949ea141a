package org.rfcc.bench.cli;

import java.time.Instant;
import java.util.Locale;
import org.rfcc.bench.alerts.AlertView;
import org.rfcc.bench.app.Alerting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lifecycle subcommands of {@code rfcc-bench alerts}: ack, expected, dismiss, resolve, confirm. */
final class AlertMoves {
    private AlertMoves() {}

    /** {@code --by}, else the user's login name. */
    static String who(String by) {
        return by != null && !by.isBlank() ? by : System.getProperty("user.name", "someone");
    }

    /** The options every lifecycle command takes. */
    abstract static class Transition extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The alert's id (alerts list shows them).")
        long id;

        @Option(names = "--by", description = "Who makes the change (default: the user's login name).")
        String by;

        @Option(names = "--note", description = "What to record with it.")
        String note;

        @Option(names = "--now", paramLabel = "ISO-8601", description = "The time to record (default: now).")
        String now;

        abstract Alerting.Move move();

        @Override
        protected int doCall() {
            String who = who(by);
            AlertView a = new Alerting(settings(), console()).move(id, move(), who, note, AlertsCommand.now(now));
            out().println("alert " + a.id() + " is " + a.state() + " (" + a.seriesName() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "ack",
            mixinStandardHelpOptions = true,
            description = "Acknowledges an open alert: someone is on it, and it no longer escalates.")
    static final class Ack extends Transition {
        @Override
        Alerting.Move move() {
            return Alerting.Move.ACK;
        }
    }

    @Command(
            name = "expected",
            mixinStandardHelpOptions = true,
            description = "Marks an alert as an intended change: its benchmark's baseline restarts at the alert's run.")
    static final class Expected extends Transition {
        @Override
        Alerting.Move move() {
            return Alerting.Move.EXPECTED;
        }
    }

    @Command(
            name = "dismiss",
            mixinStandardHelpOptions = true,
            description = "Dismisses an alert; with --false-positive it counts against the alerts' precision.")
    static final class Dismiss extends Transition {
        @Option(names = "--false-positive", description = "The alert was wrong: no such change happened.")
        boolean falsePositive;

        @Override
        Alerting.Move move() {
            return falsePositive ? Alerting.Move.DISMISS_FALSE_POSITIVE : Alerting.Move.DISMISS;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolves an alert by hand.")
    static final class Resolve extends Transition {
        @Override
        Alerting.Move move() {
            return Alerting.Move.RESOLVE;
        }
    }

    @Command(
            name = "confirm",
            mixinStandardHelpOptions = true,
            description = "Re-runs an alert's benchmark here, interleaved (ABBA) against a build of its baseline's"
                    + " commit: a regression of warning size confirms the alert (and sends it if it was held), anything"
                    + " less resolves it. Check out the alert's commit first.")
    static final class Confirm extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The alert's id.")
        long id;

        @Option(names = "--by", description = "Who asks (default: the user's login name).")
        String by;

        @Override
        protected int doCall() {
            String who = who(by);
            Alerting.Confirmation c = new Alerting(settings(), console()).confirm(id, who, Instant.now());
            out().println("alert " + id + (c.confirmed() ? " confirmed" : " not confirmed, resolved") + ": "
                    + (c.change().changePct() == null
                            ? "no change"
                            : String.format(Locale.ROOT, "%+.1f%%", c.change().changePct()))
                    + " " + c.change().level().id() + " interleaved against "
                    + c.baseCommit().substring(0, 10));
            return ExitCodes.OK;
        }
    }
}
