package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rfcc.bench.alerts.AlertRaiser;
import org.rfcc.bench.alerts.AlertStats;
import org.rfcc.bench.alerts.AlertView;
import org.rfcc.bench.alerts.Channel;
import org.rfcc.bench.alerts.Channels;
import org.rfcc.bench.alerts.DeliveryException;
import org.rfcc.bench.alerts.Lifecycle;
import org.rfcc.bench.alerts.Missing;
import org.rfcc.bench.alerts.Notice;
import org.rfcc.bench.alerts.Notifier;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.Notification;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;

/**
 * {@code alerts}: what every stored run raises, the lifecycle commands, {@code notify}, {@code stats} and {@code test},
 * with the channels of alerts.yaml set up from the environment.
 */
public final class Alerting {
    /** A lifecycle command. */
    public enum Move {
        ACK,
        EXPECTED,
        DISMISS,
        DISMISS_FALSE_POSITIVE,
        RESOLVE
    }

    private final Settings settings;
    private final Console console;

    public Alerting(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * Fails in one line when a channel of alerts.yaml is set up wrongly in the environment, before a command stores or
     * sends anything; a channel with no settings at all is only skipped (with a warning when sending).
     */
    public void checkChannels() {
        Channels.from(config().notification().channels(), settings.env());
    }

    /**
     * What stored run {@code run} raised, against its baseline and from the change points it completed ({@code
     * changes}), then, unless {@link Settings#sendAlerts()} is off, what is due sent.
     */
    static AlertRaiser.Raised afterStored(
            Settings settings, Console console, HistoryStore store, RunRecord run, List<ChangeWatch.Found> changes) {
        AlertsConfig config = Configs.alerts(settings);
        Instant now = Instant.now();
        AlertRaiser.Raised raised = AlertRaiser.afterStored(store, run, config, now);
        List<AlertRaiser.Shift> shifts = changes.stream()
                .map(f -> new AlertRaiser.Shift(
                        SeriesKey.of(f.first()),
                        f.runId(),
                        f.startedAt(),
                        f.commit(),
                        f.first().unit(),
                        Direction.of(f.first().direction()),
                        f.point()))
                .toList();
        List<StoredAlert> opened = new ArrayList<>(raised.opened());
        opened.addAll(AlertRaiser.fromChangePoints(store, shifts, run, config, now));
        for (StoredAlert a : opened) {
            console.warn("alert " + a.id() + " opened: " + a.level() + " " + describe(a));
        }
        for (StoredAlert a : raised.resolved()) {
            console.note("alert " + a.id() + " resolved: " + describe(a) + " is back at its old level");
        }
        if (settings.sendAlerts()) {
            new Alerting(settings, console).send(store, config, now);
        }
        return raised;
    }

    private static String describe(StoredAlert a) {
        return a.series().name() + (a.changePct() == null ? "" : String.format(Locale.ROOT, " %+.1f%%", a.changePct()));
    }

    /** The alerts in {@code state} ({@code all} for every one), with their deliveries. */
    public List<AlertView> list(String state) {
        try (HistoryStore store = settings.openStore()) {
            return list(store, state);
        }
    }

    /** {@link #list(String)} of the open {@code store}. */
    static List<AlertView> list(HistoryStore store, String state) {
        if (!state.equals("all") && !Lifecycle.STATES.contains(state)) {
            throw new UserException(
                    "--state is '" + state + "'; expected one of " + String.join(", ", Lifecycle.STATES) + " or all");
        }
        return store.alerts().alerts(state.equals("all") ? null : state).stream()
                .map(a -> AlertView.of(a, store.alerts()))
                .toList();
    }

    /** Makes {@code move} on alert {@code id}, by {@code by}, saying {@code note}; returns the alert as it is now. */
    public AlertView move(long id, Move move, String by, String note, Instant now) {
        try (HistoryStore store = settings.openStore()) {
            return move(store, id, move, by, note, now);
        }
    }

    /** {@link #move(long, Move, String, String, Instant)} in the open {@code store}. */
    static AlertView move(HistoryStore store, long id, Move move, String by, String note, Instant now) {
        var alerts = store.alerts();
        StoredAlert moved =
                switch (move) {
                    case ACK -> Lifecycle.ack(alerts, id, by, note, now);
                    case EXPECTED -> Lifecycle.expected(alerts, id, by, note, now);
                    case DISMISS -> Lifecycle.dismiss(alerts, id, false, by, note, now);
                    case DISMISS_FALSE_POSITIVE -> Lifecycle.dismiss(alerts, id, true, by, note, now);
                    case RESOLVE -> Lifecycle.resolve(alerts, id, by, note, now);
                };
        return AlertView.of(moved, alerts);
    }

    /**
     * What {@code alerts notify} did.
     *
     * @param missing the missing alerts it opened
     */
    public record Notified(List<AlertView> missing, Notifier.Report sent) {}

    /** {@code alerts notify}: opens missing alerts, escalates, and sends what is due at {@code now}. */
    public Notified notifyAt(Instant now) {
        try (HistoryStore store = settings.openStore()) {
            AlertsConfig config = config();
            List<AlertView> missing = Missing.check(store, config, now).stream()
                    .map(a -> AlertView.of(a, store.alerts()))
                    .toList();
            missing.forEach(m -> console.warn("alert " + m.id() + " opened: "
                    + m.seriesName() + " has stopped running (no run since "
                    + m.runId() + ")"));
            return new Notified(missing, send(store, config, now));
        }
    }

    private Notifier.Report send(HistoryStore store, AlertsConfig config, Instant now) {
        Channels.Ready ready = Channels.from(config.notification().channels(), settings.env());
        Notifier.Report report = Notifier.notify(store, config, ready.channels(), now, settings.env());
        report.waiting()
                .forEach((channel, n) -> console.warn(
                        ready.skipped().get(channel) + "; " + n + (n == 1 ? " message waits" : " messages wait")
                                + " in the outbox for it (set it, or take the channel out of notification.channels)"));
        report.failures().forEach(console::warn);
        return report;
    }

    /** What {@code alerts confirm} found: the alert as it is now, and the interleaved comparison's change of its metric. */
    public record Confirmation(AlertView alert, boolean confirmed, Change change, String baseCommit) {}

    /**
     * {@code alerts confirm ID}: re-runs the alert's benchmark here, interleaved (ABBA) against a build of its
     * baseline's commit, the newest commit of its baseline runs. A regression of warning size or more there confirms
     * the alert (and sends it, if it was held for confirmation); anything less resolves it as not confirmed. The
     * working tree must be the alert's commit, since it is the head side.
     */
    public Confirmation confirm(long id, String by, Instant now) {
        StoredAlert alert;
        String base;
        try (HistoryStore store = settings.openStore()) {
            alert = store.alerts().alert(id).orElseThrow(() -> new UserException("no alert " + id));
            if (!alert.standing() || alert.kind().equals("missing")) {
                throw new UserException("alert " + id + " is " + (alert.standing() ? "a missing alert" : alert.state())
                        + "; only an open or acknowledged regression or change point is confirmed");
            }
            base = baselineCommit(
                    store, alert, Configs.alerts(settings).notification().baseBranch());
        }
        SeriesKey s = alert.series();
        if (!RunService.availableSuites().contains(s.suite())) {
            throw new UserException("alert " + id + " is of " + s.suite() + ", not a suite of benchmarks/config.yaml;"
                    + " confirm a JMH jar's alert with 'rfcc-bench ab' of its two jars");
        }
        String head = GitProbe.commitOf(settings.workDir(), "HEAD").orElse(null);
        if (alert.commit() != null && !alert.commit().equals(head)) {
            throw new UserException(
                    "alert " + id + " was raised at commit " + alert.commit().substring(0, 10)
                            + ", and the working tree is at " + (head == null ? "no commit" : head.substring(0, 10))
                            + "; check out " + alert.commit().substring(0, 10) + " to confirm it");
        }
        Path scratch = scratch();
        RunOutcome outcome = new Runs(settings.withSendAlerts(false), console)
                .suites(new Runs.SuiteRequest(
                        s.profile(),
                        List.of(s.suite()),
                        new BenchmarkFilter(
                                List.of("^" + Pattern.quote(s.suite() + "/" + s.benchmark()) + "\\b"), List.of()),
                        null,
                        "run",
                        new Output(scratch, null, false, false),
                        base,
                        true,
                        false,
                        null));
        Change change = outcome.comparison().changes().stream()
                .filter(c -> c.suite().equals(s.suite())
                        && c.benchmark().equals(s.benchmark())
                        && c.metric().equals(s.metric())
                        && Params.canonical(c.params()).equals(s.params()))
                .findFirst()
                .orElseThrow(() -> new UserException("the interleaved run measured no " + s.metric() + " of "
                        + s.suite() + "/" + s.benchmark() + "; its params may have left the config"));
        boolean confirmed = change.kind() == Kind.REGRESSION && change.level().atLeast(Level.WARNING);
        String note = (confirmed ? "confirmed" : "not confirmed") + " interleaved against " + base.substring(0, 10)
                + ": "
                + (change.changePct() == null ? "no change" : String.format(Locale.ROOT, "%+.1f%%", change.changePct()))
                + ", " + change.level().id();
        AlertsConfig config = Configs.alerts(settings);
        try (HistoryStore store = settings.openStore()) {
            int needed = config.notification().confirmRuns();
            StoredAlert current = store.alerts().alert(id).orElseThrow();
            boolean sent = current.confirmations() >= needed;
            StoredAlert after = confirmed ? current.confirmed(needed, now) : current.withState("resolved", now);
            // the channels hear of it when that changes what they were told: sent at last, or sent and now resolved
            List<String> channels = confirmed != sent ? config.notification().channels() : List.of();
            String event = confirmed ? (sent ? "updated" : "opened") : "resolved";
            store.alerts().update(after, new AlertEvent(now, event, by, note, null), channels);
            return new Confirmation(AlertView.of(after, store.alerts()), confirmed, change, base);
        } finally {
            BuildCache.delete(scratch);
        }
    }

    /** The newest commit among the baseline runs of {@code alert}'s series: runs on the base branch before its run. */
    private static String baselineCommit(HistoryStore store, StoredAlert alert, String baseBranch) {
        SeriesKey s = alert.series();
        String[] newest = {null};
        store.history(
                new HistoryQuery(s.suite(), s.benchmark(), s.metric(), Map.of(), null, s.machine(), null), row -> {
                    if (row.profile().equals(s.profile())
                            && row.params().equals(s.params())
                            && row.commit() != null
                            && (row.branch() == null || row.branch().equals(baseBranch))
                            && row.startedAt().isBefore(alert.runStartedAt())) {
                        newest[0] = row.commit();
                    }
                });
        if (newest[0] == null) {
            throw new UserException("alert " + alert.id() + " has no baseline run with a commit to build;"
                    + " confirm compares with the commit of its newest baseline run");
        }
        return newest[0];
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("rfcc-bench-confirm-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    /** {@code alerts stats}. */
    public AlertStats stats() {
        try (HistoryStore store = settings.openStore()) {
            return AlertStats.of(store.alerts());
        }
    }

    /** {@code alerts test CHANNEL}: one test message through {@code name}, set up from the environment. */
    public void test(String name, Instant now) {
        if (!Notification.CHANNELS.contains(name)) {
            throw new UserException(
                    "unknown channel '" + name + "'; expected one of " + String.join(", ", Notification.CHANNELS));
        }
        Channels.Ready ready = Channels.from(List.of(name), settings.env());
        Channel channel = Optional.ofNullable(ready.channels().get(name))
                .orElseThrow(() -> new UserException(ready.skipped().get(name) + "; set it to test the channel"));
        StoredAlert sample = new StoredAlert(
                0,
                "regression",
                new SeriesKey("rfcc-bench", "channel_test", Map.of(), "score", "this-machine", "test"),
                "open",
                "warning",
                "test",
                now,
                "test",
                null,
                null,
                now,
                100.0,
                120.0,
                20.0,
                15.0,
                25.0,
                0.001,
                20,
                1,
                false,
                now,
                now,
                null,
                null);
        try {
            channel.send(new Notice(0, sample, "test"));
        } catch (DeliveryException e) {
            throw new UserException("the " + name + " channel did not take the test message: "
                    + Channels.redact(e.getMessage(), settings.env()));
        }
    }

    private AlertsConfig config() {
        return Configs.alerts(settings);
    }
}
