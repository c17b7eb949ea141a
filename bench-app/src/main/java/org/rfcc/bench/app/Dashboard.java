package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.rfcc.bench.alerts.AlertStats;
import org.rfcc.bench.alerts.AlertView;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.report.AdoptionReport;
import org.rfcc.bench.report.ComparisonFormat;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.StoreStats;
import org.rfcc.bench.store.StoredChange;
import org.rfcc.bench.store.StoredSeries;
import org.rfcc.bench.store.ingest.Labels;

/**
 * What the dashboard, its API and the static site show, read from one history kept open while they serve:
 * runs, series with their change points, alerts, comparisons, resources, and the runs posted to it. Thread-safe:
 * the history serialises its reads and writes, and the series' points are cached until a run is stored.
 */
public final class Dashboard implements AutoCloseable {
    /** The newest runs a listing shows by default. */
    public static final int RUNS = 50;
    /** The newest runs the resources page looks through for resource metrics. */
    static final int RESOURCE_RUNS = 20;
    /** Metrics about the resources a benchmark used, by name: CPU, memory, GC and GPU. */
    private static final Pattern RESOURCE = Pattern.compile("(?i).*(cpu|rss|heap|gc\\.|gpu|memory|alloc).*");

    private final Settings settings;
    private final Console console;
    private final HistoryStore store;
    private final Map<Long, SeriesPoints> points = new ConcurrentHashMap<>();
    private volatile int pointsOfRuns = -1;

    public Dashboard(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
        this.store = settings.openStore();
    }

    /** A series as the dashboard lists it; {@code name} as history, reports and alerts name it. */
    public record SeriesView(
            long id,
            String name,
            String suite,
            String benchmark,
            Map<String, Object> params,
            String metric,
            String machine,
            String profile,
            String unit,
            String direction) {
        static SeriesView of(StoredSeries s) {
            var k = s.key();
            return new SeriesView(
                    s.id(),
                    k.name(),
                    k.suite(),
                    k.benchmark(),
                    k.params(),
                    k.metric(),
                    k.machine(),
                    k.profile(),
                    s.unit(),
                    s.direction());
        }
    }

    /**
     * Which series to list; a null field (or an empty map) does not filter.
     *
     * @param params params that must match, by name and value as text
     * @param search words that must each appear in the series' name or machine, in any case
     */
    public record SeriesFilter(
            String suite, String benchmark, String metric, String machine, Map<String, String> params, String search) {
        public SeriesFilter {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        /** No filter at all. */
        public static SeriesFilter all() {
            return new SeriesFilter(null, null, null, null, Map.of(), null);
        }

        boolean matches(SeriesView s) {
            return is(suite, s.suite())
                    && is(benchmark, s.benchmark())
                    && is(metric, s.metric())
                    && is(machine, s.machine())
                    && params.entrySet().stream()
                            .allMatch(p -> s.params().containsKey(p.getKey())
                                    && String.valueOf(s.params().get(p.getKey()))
                                            .equals(p.getValue()))
                    && words(s);
        }

        private boolean words(SeriesView s) {
            if (search == null || search.isBlank()) {
                return true;
            }
            String text = (s.name() + " " + s.machine()).toLowerCase(Locale.ROOT);
            for (String word : search.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean is(String wanted, String value) {
            return wanted == null || wanted.equals(value);
        }
    }

    /**
     * A series' values, oldest run first, as columns of one length, with its stored change points.
     *
     * @param at when each run started, epoch milliseconds
     */
    public record SeriesPoints(
            SeriesView series,
            long[] at,
            double[] value,
            List<String> runId,
            List<String> commit,
            List<String> branch,
            List<ChangeView> changes) {}

    /**
     * A series in brief, for a list of many: its newest values and times, and how many change points it has.
     *
     * @param at when each run started, epoch milliseconds
     */
    public record TrendLine(SeriesView series, long[] at, double[] value, int changePoints) {}

    /** A stored change point: where it begins, its state and size; {@code changePct} null where unknown. */
    public record ChangeView(
            String runId,
            String commit,
            Instant startedAt,
            String state,
            double beforeMean,
            double afterMean,
            Double changePct,
            Double changeLowPct,
            Double changeHighPct) {
        static ChangeView of(StoredChange c) {
            return new ChangeView(
                    c.runId(),
                    c.commit(),
                    c.startedAt(),
                    c.state(),
                    c.beforeMean(),
                    c.afterMean(),
                    finite(c.changePct()),
                    finite(c.changeLowPct()),
                    finite(c.changeHighPct()));
        }
    }

    /** One headline figure of a run: a result's first metric (JMH's primary score). */
    public record Figure(String series, double value, String unit, String direction) {}

    /** The newest run in brief, with its headline figures and verdict. */
    public record Latest(RunSummary run, String verdict, List<Figure> figures, int failed) {}

    /** The newest run of each machine. */
    public record MachineRun(String machine, String runId, Instant startedAt) {}

    /** The health of the history: its size, its machines, and how well its alerts have done. */
    public record Health(
            long runs, long series, long samples, long bytes, List<MachineRun> machines, AlertStats alerts) {}

    /**
     * The overview page: the latest run, the open alerts, the history's health, and the adoption of
     * the pre-commit check on main over 30 days (null where the dashboard runs outside the repository).
     */
    public record Overview(Latest latest, List<AlertView> openAlerts, Health health, AdoptionReport adoption) {}

    /**
     * One resource metric of one benchmark in the newest run that measured it, with its samples (fork × iteration) in
     * the order they were taken: how the benchmark used the CPU and memory while it ran.
     */
    public record Resource(String series, String metric, String unit, double value, List<List<Double>> samples) {}

    /** What a run posted to the API became: its id, and whether it was stored now (or already was). */
    public record Posted(String runId, boolean created) {}

    /** The newest {@code limit} runs, newest first. */
    public List<RunSummary> runs(int limit) {
        List<RunSummary> all = store.runs(null);
        List<RunSummary> newest = new ArrayList<>(all.subList(Math.max(0, all.size() - limit), all.size()));
        Collections.reverse(newest);
        return newest;
    }

    /** How many runs are stored. */
    public int runCount() {
        return store.runCount();
    }

    /** The stored run {@code id}. */
    public Optional<RunRecord> run(String id) {
        return store.run(id);
    }

    /** The series that {@code filter} selects, by id. */
    public List<SeriesView> series(SeriesFilter filter) {
        return store.series().stream()
                .map(SeriesView::of)
                .filter(filter::matches)
                .toList();
    }

    /**
     * The values of series {@code id}, of {@code branch} only when it is not null; the newest {@code newest} when it
     * is positive.
     */
    public Optional<SeriesPoints> points(long id, String branch, int newest) {
        int runs = store.runCount();
        if (runs != pointsOfRuns) {
            points.clear(); // a run was stored, or deleted, since they were read
            pointsOfRuns = runs;
        }
        SeriesPoints all = points.computeIfAbsent(id, this::read);
        if (all == null) {
            return Optional.empty();
        }
        return Optional.of(branch == null && newest <= 0 ? all : select(all, branch, newest));
    }

    private SeriesPoints read(long id) {
        Optional<StoredSeries> stored = store.series(id);
        if (stored.isEmpty()) {
            return null;
        }
        List<HistoryRow> rows = store.points(id);
        var key = stored.get().key();
        List<ChangeView> changes = store
                .changes(new HistoryQuery(
                        key.suite(), key.benchmark(), key.metric(), Map.of(), null, key.machine(), null))
                .stream()
                .filter(c -> c.series().equals(key))
                .map(ChangeView::of)
                .toList();
        List<Point> points = rows.stream()
                .map(r -> new Point(r.startedAt().toEpochMilli(), r.value(), r.runId(), r.commit(), r.branch()))
                .toList();
        return columns(SeriesView.of(stored.get()), points, changes);
    }

    private static SeriesPoints select(SeriesPoints all, String branch, int newest) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < all.at().length; i++) {
            if (branch == null || branch.equals(all.branch().get(i))) {
                kept.add(i);
            }
        }
        if (newest > 0 && kept.size() > newest) {
            kept = kept.subList(kept.size() - newest, kept.size());
        }
        List<Point> points = kept.stream()
                .map(i -> new Point(
                        all.at()[i],
                        all.value()[i],
                        all.runId().get(i),
                        all.commit().get(i),
                        all.branch().get(i)))
                .toList();
        return columns(all.series(), points, all.changes());
    }

    /** One point of a series, before it goes into the columns of {@link SeriesPoints}. */
    private record Point(long at, double value, String runId, String commit, String branch) {}

    private static SeriesPoints columns(SeriesView series, List<Point> points, List<ChangeView> changes) {
        int n = points.size();
        long[] at = new long[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            at[i] = points.get(i).at();
            value[i] = points.get(i).value();
        }
        return new SeriesPoints(
                series,
                at,
                value,
                points.stream().map(Point::runId).toList(),
                points.stream().map(Point::commit).toList(),
                points.stream().map(Point::branch).toList(),
                changes);
    }

    /** The newest {@code newest} values of each series that {@code filter} selects (of {@code branch} when not null). */
    public List<TrendLine> trends(SeriesFilter filter, String branch, int newest, int most) {
        return series(filter).stream()
                .limit(most)
                .map(s -> points(s.id(), branch, newest).orElseThrow())
                .map(p ->
                        new TrendLine(p.series(), p.at(), p.value(), p.changes().size()))
                .toList();
    }

    /** The alerts in {@code state} ({@code all} for every one), with their deliveries. */
    public List<AlertView> alerts(String state) {
        return Alerting.list(store, state);
    }

    /** Makes {@code move} on alert {@code id} by {@code by} (a token's name). */
    public AlertView move(long id, Alerting.Move move, String by, String note, Instant now) {
        return Alerting.move(store, id, move, by, note, now);
    }

    /**
     * The comparison of two stored runs, judged as {@code compare} judges them; each side a run id, a commit (or the
     * start of one: its newest run) or a branch (its newest run).
     */
    public Comparison compare(String baseSpec, String headSpec) {
        RunRecord base = stored(resolve(baseSpec));
        RunRecord head = stored(resolve(headSpec));
        return Verdicts.compare(settings, store, base, head, Configs.alerts(settings), Verdicts.How.APART);
    }

    /**
     * Model against model: the results of run {@code runId} whose param {@code param} is {@code base}, compared with
     * those whose param is {@code head} (that param left out, so that the rest pair up).
     */
    public Comparison compareParam(String runId, String param, String base, String head) {
        RunRecord run = stored(runId);
        RunRecord b = side(run, param, base);
        RunRecord h = side(run, param, head);
        if (b.results().isEmpty() || h.results().isEmpty()) {
            throw new UserException("run " + runId + " has no results with " + param + "="
                    + (b.results().isEmpty() ? base : head));
        }
        return Verdicts.compare(settings, store, b, h, Configs.alerts(settings), Verdicts.How.APART);
    }

    private static RunRecord side(RunRecord run, String param, String value) {
        List<BenchmarkResult> results = run.results().stream()
                .filter(r -> value.equals(String.valueOf(r.params().get(param))))
                .map(r -> {
                    Map<String, Object> rest = new LinkedHashMap<>(r.params());
                    rest.remove(param);
                    return new BenchmarkResult(r.suite(), r.benchmark(), rest, r.status(), r.error(), r.metrics());
                })
                .toList();
        return new RunRecord(
                RunRecord.SCHEMA,
                run.runId() + " " + param + "=" + value,
                run.startedAt(),
                run.finishedAt(),
                run.profile(),
                run.source(),
                run.git(),
                run.machine(),
                run.config(),
                results,
                List.of(),
                null);
    }

    /** The run {@code spec} names: a run id, else the newest run of a commit it begins, else of a branch it names. */
    private String resolve(String spec) {
        List<RunSummary> runs = store.runs(null);
        for (var named : List.<Predicate<RunSummary>>of(
                r -> r.runId().equals(spec),
                r -> spec.length() >= 7 && r.commit() != null && r.commit().startsWith(spec),
                r -> spec.equals(r.branch()))) {
            for (int i = runs.size() - 1; i >= 0; i--) {
                if (named.test(runs.get(i))) {
                    return runs.get(i).runId();
                }
            }
        }
        throw new UserException("no stored run, commit or branch '" + spec + "'");
    }

    private RunRecord stored(String id) {
        return store.run(id).orElseThrow(() -> new UserException("no stored run " + id));
    }

    /** The overview: the newest run, the open alerts and the health of the history. */
    public Overview overview() {
        List<RunSummary> all = store.runs(null);
        Latest latest = all.isEmpty() ? null : latest(all.get(all.size() - 1));
        Map<String, MachineRun> machines = new LinkedHashMap<>();
        for (RunSummary r : all) {
            machines.put(r.machine(), new MachineRun(r.machine(), r.runId(), r.startedAt()));
        }
        StoreStats stats = store.stats();
        Health health = new Health(
                stats.runs(),
                stats.series(),
                stats.samples(),
                stats.bytes(),
                machines.values().stream()
                        .sorted(Comparator.comparing(MachineRun::startedAt).reversed())
                        .toList(),
                AlertStats.of(store.alerts()));
        return new Overview(latest, alerts("open"), health, Adoption.ofMain(settings, store));
    }

    private Latest latest(RunSummary summary) {
        RunRecord run = stored(summary.runId());
        List<Figure> figures = new ArrayList<>();
        int failed = 0;
        for (BenchmarkResult r : run.results()) {
            if (r.status() != Status.OK || r.metrics().isEmpty()) {
                failed += r.status() == Status.OK ? 0 : 1;
                continue;
            }
            var first = r.metrics().entrySet().iterator().next();
            Metric m = first.getValue();
            figures.add(new Figure(
                    SeriesNames.name(r.suite(), r.benchmark(), first.getKey(), r.params()),
                    m.value(),
                    m.unit(),
                    m.direction().id()));
        }
        String verdict = run.comparison() != null
                ? ComparisonFormat.verdict(run.comparison())
                : run.thresholds().stream().allMatch(t -> t.passed())
                        ? "no comparison stored; every threshold held"
                        : "no comparison stored; a threshold failed";
        return new Latest(summary, verdict, figures, failed);
    }

    /** The resource metrics of every benchmark in the newest run that has them, among the newest {@value #RESOURCE_RUNS}. */
    public List<Resource> resources() {
        List<RunSummary> all = store.runs(null);
        // the newest runs only: a history without resource metrics is not read whole on every request
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - RESOURCE_RUNS); i--) {
            List<Resource> found = new ArrayList<>();
            for (BenchmarkResult r : stored(all.get(i).runId()).results()) {
                r.metrics().forEach((name, m) -> {
                    if (RESOURCE.matcher(name).matches()) {
                        found.add(new Resource(
                                SeriesNames.name(r.suite(), r.benchmark(), name, r.params()),
                                name,
                                m.unit(),
                                m.value(),
                                m.samples()));
                    }
                });
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The resource series of the history (CPU, memory, GC, GPU), for their trends. */
    public List<SeriesView> resourceSeries() {
        return series(SeriesFilter.all()).stream()
                .filter(s -> RESOURCE.matcher(s.metric()).matches())
                .toList();
    }

    /**
     * Stores a run posted to the API: a run record, JMH JSON or github-action-benchmark JSON, with {@code labels}
     * (commit, branch, machine) where the format lacks them; judged and alerted on as {@code ingest} would.
     *
     * @param gabDirection the direction of github-action-benchmark values whose tool does not say
     * @throws UserException when the body is none of these, or the run is stored already with other labels
     */
    public Posted post(byte[] body, Labels labels, Direction gabDirection) {
        Path file;
        try {
            file = Files.createTempFile("rfcc-bench-post", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a posted run in a temporary file", e);
        }
        try {
            Files.write(file, body);
            var outcome = new Imports(settings, console)
                    .ingest(store, List.of(file), labels, gabDirection, false, f -> {})
                    .files()
                    .get(0);
            if (outcome.error() != null) {
                throw new UserException(outcome.error().replace(file.toString(), "the body"));
            }
            if (!outcome.conflicts().isEmpty()) {
                throw new UserException(outcome.conflicts().get(0));
            }
            boolean created = !outcome.stored().isEmpty();
            List<String> ids = created ? outcome.stored() : outcome.already();
            if (ids.isEmpty()) {
                throw new UserException("the body holds no run");
            }
            return new Posted(ids.get(ids.size() - 1), created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a posted run in a temporary file", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                console.warn("cannot delete " + file + ": " + e.getMessage());
            }
        }
    }

    /** The name of the valid write token {@code token}, for the alerts' "by". */
    public Optional<String> tokenName(String token) {
        return Tokens.nameOf(store.tokens(), token);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    @Override
    public void close() {
        store.close();
    }
}
