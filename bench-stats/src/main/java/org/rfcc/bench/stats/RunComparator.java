package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Estimate;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.Units;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Decision;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.Summary;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.model.config.AlertLevels;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.seam.Catalogs;

/**
 * Decides which metrics changed between two runs. The fork is the unit of analysis; each metric
 * is tested on the log of its fork values ({@link ForkTest}), its variance moderated by the
 * calibrated noise or by what the metrics of the comparison share ({@link VariancePrior}). The key
 * series ({@link Catalogs#primarySeries}) are one false-discovery family and every other metric
 * another, each through Benjamini–Hochberg at the configured rate; metrics derived from one another
 * are tested once. Each interval is the test's own, at the level its family tests at, so interval
 * and verdict agree; a key metric that could neither show nor rule out a warning-size regression is
 * inconclusive (not decided). A significant regression is {@code warning} or {@code critical} when its point estimate reaches
 * that threshold of its alert class, else {@code info}. Deterministic metrics are compared
 * directly with the thresholds. A metric with too few forks is undecided, or, when asked ({@link
 * #thresholdOnly}), judged by the size of its change alone. A head metric in another unit is
 * converted to the base's ({@link Units}); units that do not convert are refused.
 */
public final class RunComparator {
    /** Log fork values of two metrics of one result correlated at least this much make one signal. */
    static final double DERIVED_CORRELATION = 0.999;

    /** Significant digits of an interval's confidence level. */
    private static final int CI_LEVEL_DIGITS = 4;

    /** The detection probability that the minimum detectable effect and forks needed are for. */
    static final double POWER = 0.95;

    /** Significant digits of p- and q-values. */
    private static final int P_DIGITS = 3;

    /** Relative differences below this are rounding, not change. */
    private static final double EXACT_TOLERANCE = 1e-9;

    /**
     * The note of a change whose run-to-run noise nothing measured: a comparison of runs made at different times cannot
     * tell a machine's drift from a change, so it says so and goes no louder than info.
     */
    public static final String RUN_NOISE_UNKNOWN = "run-to-run noise unknown (not calibrated, fewer than "
            + RunToRunNoise.MIN_RUNS + " stored runs): at most info; run calibrate, or compare interleaved"
            + " (run --compare-with)";

    private final AlertsConfig alerts;
    private final NoiseProfile noise;
    private final Map<String, RunToRunNoise> history;
    private final Map<String, ForkNoise> forkHistory;
    private final boolean interleaved;
    private final boolean sameSetup;
    private final boolean thresholdOnly;

    /**
     * Compares runs made at different times, with {@code alerts}' thresholds and rate and
     * {@code noise} as the variance prior; its run-to-run noise counts against each change.
     */
    public RunComparator(AlertsConfig alerts, NoiseProfile noise) {
        this(alerts, noise, Map.of(), Map.of(), false, true, false);
    }

    private RunComparator(
            AlertsConfig alerts,
            NoiseProfile noise,
            Map<String, RunToRunNoise> history,
            Map<String, ForkNoise> forkHistory,
            boolean interleaved,
            boolean sameSetup,
            boolean thresholdOnly) {
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.noise = Objects.requireNonNull(noise, "noise");
        this.history = Map.copyOf(history);
        this.forkHistory = Map.copyOf(forkHistory);
        this.interleaved = interleaved;
        this.sameSetup = sameSetup;
        this.thresholdOnly = thresholdOnly;
    }

    /** Compares two runs made in one session, fork by fork in ABBA order: run-to-run noise cancels. */
    public static RunComparator interleaved(AlertsConfig alerts, NoiseProfile noise) {
        return new RunComparator(alerts, noise, Map.of(), Map.of(), true, true, false);
    }

    /**
     * This comparator, comparing runs whose setups may differ on purpose (two builds or two sets
     * of JVM flags in {@code ab}): profiles and configs are not checked to be the same.
     */
    public RunComparator acrossSetups() {
        return new RunComparator(alerts, noise, history, forkHistory, interleaved, false, thresholdOnly);
    }

    /**
     * This comparator, judging a metric with too few forks to test by the size of its change
     * against the thresholds alone ({@link Decision#THRESHOLD}), as github-action-benchmark's alert
     * does with its one value per side, instead of leaving it undecided.
     */
    public RunComparator thresholdOnly() {
        return new RunComparator(alerts, noise, history, forkHistory, interleaved, sameSetup, true);
    }

    /**
     * This comparator, taking the run-to-run noise of each series that {@code noise} did not calibrate from {@code
     * history} (by series name, as the stored runs of that series show it, {@link RunToRunNoise#of}).
     */
    public RunComparator withHistoryNoise(Map<String, RunToRunNoise> history) {
        return new RunComparator(alerts, noise, history, forkHistory, interleaved, sameSetup, thresholdOnly);
    }

    /**
     * This comparator, taking the fork noise of each series that {@code noise} did not calibrate from {@code
     * forkHistory} (by series name, as the stored runs of that series show it, {@link ForkNoise#of}) as the prior of its
     * fork variance.
     */
    public RunComparator withHistoryForkNoise(Map<String, ForkNoise> forkHistory) {
        return new RunComparator(alerts, noise, history, forkHistory, interleaved, sameSetup, thresholdOnly);
    }

    /**
     * Compares every metric that both runs measured.
     *
     * @throws IncomparableRunsException when the runs used different profiles or configs, or share no result
     */
    public Comparison compare(RunRecord base, RunRecord head) {
        if (sameSetup) {
            RunsCheck.comparable(base, head);
        }
        List<Pair> pairs = pairs(base, head);
        List<String> onlyInBase = onlyIn(base, head);
        List<String> onlyInHead = onlyIn(head, base);
        if (pairs.isEmpty()) {
            throw new IncomparableRunsException("the runs " + base.runId() + " and " + head.runId()
                    + " share no successful benchmark result; compare runs of the same suites");
        }
        VariancePrior shared = sharedPrior(pairs);
        List<Pair> tested =
                pairs.stream().filter(p -> p.mode == Decision.TESTED).toList();
        for (Pair pair : tested) {
            pair.test = ForkTest.test(pair.base, pair.head, prior(pair, shared), runNoise(pair));
        }
        Set<String> primary = Catalogs.primarySeries(head);
        List<Pair> signals = signals(tested, primary);
        adjust(signals.stream().filter(s -> s.primary).toList());
        adjust(signals.stream().filter(s -> !s.primary).toList());
        for (Pair pair : tested) {
            Pair signal = pair.signal;
            pair.primary = signal.primary;
            pair.q = signal.q;
            pair.familyAlpha = signal.familyAlpha;
            pair.loneAlpha = signal.loneAlpha;
        }
        List<Change> changes = pairs.stream().map(pair -> change(pair, shared)).toList();
        return new Comparison(
                Comparison.SCHEMA,
                new Comparison.RunRef(
                        base.runId(), base.git() == null ? null : base.git().commit()),
                new Comparison.RunRef(
                        head.runId(), head.git() == null ? null : head.git().commit()),
                alerts.falseDiscoveryRate(),
                changes,
                Summary.of(changes),
                onlyInBase,
                onlyInHead);
    }

    /**
     * The tested pairs that carry a test of their own, each pair's {@code signal} set: a metric derived
     * from another of the same result (a rate and its inverse time, tokens/s and documents/min, an
     * allocation rate at constant bytes per operation) moves with it exactly, so the two are one
     * signal and one test, not two in the false-discovery family. Derived means log fork values
     * correlated at |r| ≥ {@value #DERIVED_CORRELATION} over both sides' forks. A primary metric
     * carries the signal when the group has one.
     */
    private static List<Pair> signals(List<Pair> tested, Set<String> primary) {
        List<Pair> ordered = new ArrayList<>(tested);
        ordered.sort((a, b) -> Boolean.compare(primary.contains(b.series()), primary.contains(a.series())));
        List<Pair> signals = new ArrayList<>();
        for (Pair pair : ordered) {
            pair.signal = signals.stream()
                    .filter(s -> s.result == pair.result && derived(s, pair))
                    .findFirst()
                    .orElse(pair);
            if (pair.signal == pair) {
                pair.primary = primary.contains(pair.series());
                signals.add(pair);
            }
        }
        return signals;
    }

    /** Whether {@code b}'s log fork values are those of {@code a}, scaled or inverted. */
    private static boolean derived(Pair a, Pair b) {
        if (!a.log || !b.log || a.base.length != b.base.length || a.head.length != b.head.length) {
            return false;
        }
        double[] x = concat(a.base, a.head);
        double[] y = concat(b.base, b.head);
        if (x.length < 4) {
            return false;
        }
        double mx = ForkTest.mean(x);
        double my = ForkTest.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 && Math.abs(sxy) / Math.sqrt(sxx * syy) >= DERIVED_CORRELATION;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Benjamini–Hochberg over one family of signals at the configured rate, and the levels its
     * intervals and power go with: {@code familyAlpha} = max(R, 1)·q / m, at which a signal's
     * interval leaves out 0 exactly when its q-value is significant (the R significant ones have p ≤
     * R·q / m, every other p is above it), and {@code loneAlpha} = q / m, what a lone change needs.
     */
    private void adjust(List<Pair> family) {
        double rate = alerts.falseDiscoveryRate();
        double[] p = family.stream().mapToDouble(s -> s.test.pValue()).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        int significant = 0;
        for (int i = 0; i < q.length; i++) {
            family.get(i).q = q[i];
            significant += q[i] <= rate ? 1 : 0;
        }
        for (Pair s : family) {
            s.familyAlpha = Math.max(1, significant) * rate / family.size();
            s.loneAlpha = rate / family.size();
        }
    }

    /** The successful results of {@code run} that {@code other} has no successful result for, as {@code suite/benchmark[params]}. */
    private static List<String> onlyIn(RunRecord run, RunRecord other) {
        return run.results().stream()
                .filter(r -> r.status() == Status.OK && counterpart(other, r).isEmpty())
                .map(r -> r.id() + (r.params().isEmpty() ? "" : "[" + SeriesNames.joined(r.params(), ",") + "]"))
                .toList();
    }

    private static Optional<BenchmarkResult> counterpart(RunRecord run, BenchmarkResult r) {
        return run.results().stream()
                .filter(o -> o.status() == Status.OK
                        && o.suite().equals(r.suite())
                        && o.benchmark().equals(r.benchmark())
                        && o.params().equals(r.params()))
                .findFirst();
    }

    private static final class Pair {
        final BenchmarkResult result;
        final String metric;
        final Metric baseMetric;
        final Metric headMetric;
        final double[] base;
        final double[] head;
        final double[] rawBase;
        final double[] rawHead;
        final boolean log;
        /** The head's own unit when it was converted to the base's, else null. */
        final String convertedFrom;

        Decision mode;
        ForkTest.Result test;
        /** The pair whose test this one shares (itself when it has its own). */
        Pair signal;

        boolean primary;
        double q = Double.NaN;
        double familyAlpha = Double.NaN;
        double loneAlpha = Double.NaN;

        Pair(BenchmarkResult result, String metric, Metric baseMetric, Metric headMetric, String convertedFrom) {
            this.result = result;
            this.metric = metric;
            this.baseMetric = baseMetric;
            this.headMetric = headMetric;
            this.convertedFrom = convertedFrom;
            double[] b = baseMetric.forkValues();
            double[] h = headMetric.forkValues();
            log = Estimate.logScale(b) && Estimate.logScale(h);
            base = log ? logs(b) : b;
            head = log ? logs(h) : h;
            rawBase = b;
            rawHead = h;
        }

        String series() {
            return SeriesNames.name(result.suite(), result.benchmark(), metric, result.params());
        }

        /** The typical relative spread of fork values, as a fraction. */
        double relative(double sd) {
            return log ? sd : sd / Math.abs(ForkTest.mean(base));
        }

        /** An effect on this pair's scale as a percentage. */
        double percent(double effect) {
            return log ? Math.expm1(effect) * 100 : effect * 100;
        }

        /** A percentage as an effect on this pair's scale. */
        double effect(double percent) {
            return log ? Math.log1p(percent / 100) : percent / 100;
        }

        private static double[] logs(double[] xs) {
            return Arrays.stream(xs).map(Math::log).toArray();
        }
    }

    private List<Pair> pairs(RunRecord base, RunRecord head) {
        List<Pair> pairs = new ArrayList<>();
        for (BenchmarkResult h : head.results()) {
            Optional<BenchmarkResult> b = h.status() == Status.OK ? counterpart(base, h) : Optional.empty();
            if (b.isEmpty()) {
                continue;
            }
            h.metrics().forEach((name, hm) -> {
                Metric bm = b.get().metrics().get(name);
                if (bm != null) {
                    Metric converted = inUnit(hm, bm.unit(), h, name);
                    Pair pair = new Pair(h, name, bm, converted, converted == hm ? null : hm.unit());
                    pair.mode = mode(pair, bm, converted);
                    pairs.add(pair);
                }
            });
        }
        return pairs;
    }

    /** {@code m} in {@code unit} ({@code ops/ms} as {@code ops/s}); refused when the two do not convert. */
    private static Metric inUnit(Metric m, String unit, BenchmarkResult r, String name) {
        if (m.unit().equals(unit)) {
            return m;
        }
        double factor = Units.factor(m.unit(), unit)
                .orElseThrow(() -> new IncomparableRunsException("series " + r.id() + "/" + name + " is in " + unit
                        + " in the base and in " + m.unit() + " in the head, which do not convert;"
                        + " compare runs that measure it alike"));
        List<List<Double>> samples = m.samples().stream()
                .map(fork -> fork.stream().map(v -> v * factor).toList())
                .toList();
        return new Metric(unit, m.direction(), samples);
    }

    private Decision mode(Pair pair, Metric base, Metric head) {
        Optional<AlertClass> kind =
                Catalogs.alertClass(pair.result.suite(), pair.result.benchmark(), pair.metric, base.unit());
        boolean measured = kind.isPresent() && kind.get() != AlertClass.MODEL_ACCURACY;
        if (!measured && base.sampleCount() == 1 && head.sampleCount() == 1) {
            return Decision.DETERMINISTIC;
        }
        if (pair.base.length < alerts.minForks() || pair.head.length < alerts.minForks()) {
            return thresholdOnly ? Decision.THRESHOLD : Decision.TOO_FEW_FORKS;
        }
        boolean constant = Arrays.stream(pair.rawBase).allMatch(v -> v == pair.rawBase[0])
                && Arrays.stream(pair.rawHead).allMatch(v -> v == pair.rawHead[0]);
        return constant ? Decision.NO_VARIANCE : Decision.TESTED;
    }

    private VariancePrior sharedPrior(List<Pair> pairs) {
        List<Pair> own = pairs.stream()
                .filter(p -> p.mode == Decision.TESTED
                        && noise.of(p.series()).isEmpty()
                        && !forkHistory.containsKey(p.series()))
                .toList();
        double[] s2 = new double[own.size()];
        double[] d = new double[own.size()];
        for (int i = 0; i < s2.length; i++) {
            ForkTest.Result alone = ForkTest.test(own.get(i).base, own.get(i).head, VariancePrior.NONE);
            s2[i] = alone.sd() * alone.sd();
            d[i] = alone.df();
        }
        return VariancePrior.estimate(s2, d);
    }

    private VariancePrior prior(Pair pair, VariancePrior shared) {
        return noise.of(pair.series())
                .filter(n -> pair.log)
                .map(n -> new VariancePrior(n.sd() * n.sd(), Math.min(VariancePrior.MAX_DF, n.df())))
                .or(() -> Optional.ofNullable(forkHistory.get(pair.series()))
                        .filter(n -> pair.log)
                        .map(n -> new VariancePrior(n.variance(), n.df())))
                .orElse(shared);
    }

    private ForkTest.RunNoise runNoise(Pair pair) {
        if (interleaved || !pair.log) {
            return ForkTest.RunNoise.NONE;
        }
        return calibratedRunNoise(pair)
                .or(() -> Optional.ofNullable(history.get(pair.series()))
                        .map(h -> new ForkTest.RunNoise(h.variance(), h.df())))
                .orElse(ForkTest.RunNoise.NONE);
    }

    private Optional<ForkTest.RunNoise> calibratedRunNoise(Pair pair) {
        return noise.of(pair.series())
                .filter(n -> n.runDf() > 0)
                .map(n -> new ForkTest.RunNoise(n.runSd() * n.runSd(), n.runDf()));
    }

    /** Whether a comparison of runs made apart knows nothing of this series' run-to-run noise. */
    private boolean runNoiseUnknown(Pair pair) {
        return !interleaved && runNoise(pair).df() == 0;
    }

    private Change change(Pair pair, VariancePrior shared) {
        double baseValue = pair.baseMetric.value();
        double headValue = pair.headMetric.value();
        Double changePct = baseValue == 0 ? null : (headValue - baseValue) / Math.abs(baseValue) * 100;
        Optional<AlertLevels> levels =
                alerts.levelsFor(pair.result.suite(), pair.result.benchmark(), pair.metric, pair.baseMetric.unit());
        Direction direction = pair.baseMetric.direction();
        Kind kind = Kind.NONE;
        Level level = Level.NONE;
        List<Double> ci = null;
        Double ciLevel = null;
        Boolean inconclusive = null;
        Double noisePct = null;
        Double mdePct = null;
        Boolean underpowered = null;
        Integer forksNeeded = null;
        String note = null;
        switch (pair.mode) {
            case DETERMINISTIC, NO_VARIANCE, THRESHOLD -> {
                if (Math.abs(headValue - baseValue)
                        > EXACT_TOLERANCE * Math.max(Math.abs(baseValue), Math.abs(headValue))) {
                    kind = kindOf(baseValue, headValue, direction);
                    level = kind == Kind.REGRESSION
                            ? levelOf(badness(baseValue, headValue, direction), levels)
                            : Level.NONE;
                }
                note = switch (pair.mode) {
                    case DETERMINISTIC -> "deterministic: compared directly with the thresholds";
                    case NO_VARIANCE -> "no variance between forks: compared directly with the thresholds";
                    default -> String.format(
                            Locale.ROOT,
                            "threshold only (%d vs %d forks, too few to test): its change was not tested against"
                                    + " the noise",
                            pair.base.length,
                            pair.head.length);
                };
            }
            case TOO_FEW_FORKS -> note = String.format(
                    Locale.ROOT,
                    "too few forks to decide (%d vs %d; needs at least %d per side)",
                    pair.base.length,
                    pair.head.length,
                    alerts.minForks());
            case TESTED -> {
                ForkTest.Result t = pair.test;
                // 1 on the log scale, 1 / |base mean| on the linear one: infinite for a base of 0 (gc.count),
                // which has no relative change, noise or power to tell
                double perUnit = pair.relative(1);
                boolean relative = Double.isFinite(perUnit);
                if (relative) {
                    double half =
                            t.se() == 0 ? 0 : Distributions.studentQuantile(1 - pair.familyAlpha / 2, t.df()) * t.se();
                    double low = t.difference() - half;
                    double high = t.difference() + half;
                    ci = pair.log
                            ? List.of(Math.expm1(low) * 100, Math.expm1(high) * 100)
                            : possible(pair, low * perUnit * 100, high * perUnit * 100);
                    ciLevel = 1 - pair.familyAlpha;
                }
                if (pair.q <= alerts.falseDiscoveryRate()) {
                    kind = kindOf(baseValue, headValue, direction);
                    level = kind == Kind.REGRESSION
                            ? levelOf(badness(baseValue, headValue, direction), levels)
                            : Level.NONE;
                }
                if (runNoiseUnknown(pair)) {
                    note = RUN_NOISE_UNKNOWN;
                    level = level.compareTo(Level.INFO) > 0 ? Level.INFO : level;
                }
                double sd = pair.relative(t.sd());
                if (relative) {
                    noisePct = sd * 100;
                    double mde = ForkTest.minimumDetectable(pair.relative(t.se()), t.df(), pair.loneAlpha, POWER);
                    mdePct = pair.percent(mde);
                }
                if (relative && levels.isPresent()) {
                    double warning = levels.get().warningPct();
                    underpowered = mdePct > warning;
                    if (underpowered) {
                        double priorDf = prior(pair, shared).df();
                        forksNeeded = ForkTest.forksNeeded(sd, priorDf, pair.effect(warning), pair.loneAlpha, POWER);
                    }
                    if (pair.primary && pair.signal == pair) {
                        double worst = direction == Direction.HIGHER_IS_BETTER
                                ? badness(100, 100 + ci.get(0), direction)
                                : badness(100, 100 + ci.get(1), direction);
                        inconclusive = level.compareTo(Level.WARNING) < 0 && worst >= warning;
                    }
                }
            }
        }
        if (pair.convertedFrom != null && note == null) {
            note = "head converted from " + pair.convertedFrom + " to " + pair.baseMetric.unit();
        }
        return new Change(
                pair.result.suite(),
                pair.result.benchmark(),
                pair.result.params(),
                pair.metric,
                pair.baseMetric.unit(),
                direction,
                baseValue,
                headValue,
                Rounding.percent(changePct),
                ci == null ? null : List.of(Rounding.percent(ci.get(0)), Rounding.percent(ci.get(1))),
                ciLevel == null ? null : Rounding.significant(ciLevel, CI_LEVEL_DIGITS),
                pair.mode == Decision.TESTED ? Rounding.significant(pair.test.pValue(), P_DIGITS) : null,
                pair.mode == Decision.TESTED ? Rounding.significant(pair.q, P_DIGITS) : null,
                kind,
                level,
                List.of(pair.base.length, pair.head.length),
                Rounding.percent(noisePct),
                Rounding.percent(mdePct),
                underpowered,
                forksNeeded,
                pair.mode,
                note,
                pair.mode == Decision.TESTED ? (pair.primary ? Change.PRIMARY : Change.SECONDARY) : null,
                pair.mode == Decision.TESTED && pair.signal != pair ? pair.signal.series() : null,
                inconclusive);
    }

    /**
     * The interval {@code [low, high]}% within what the metric can take: a metric none of whose
     * values is negative cannot fall by more than 100% (a zero fork puts it off the log scale,
     * where the linear interval knows no such bound).
     */
    private static List<Double> possible(Pair pair, double low, double high) {
        boolean nonNegative = Arrays.stream(pair.rawBase).allMatch(v -> v >= 0)
                && Arrays.stream(pair.rawHead).allMatch(v -> v >= 0);
        return nonNegative ? List.of(Math.max(-100, low), Math.max(-100, high)) : List.of(low, high);
    }

    private static Kind kindOf(double base, double head, Direction direction) {
        boolean up = head > base;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? Kind.IMPROVEMENT : Kind.REGRESSION;
    }

    /**
     * How much worse head is, in percent, as a factor in the bad direction: a 15% slowdown is a
     * time 1.15 times as long or a throughput 1.15 times as small.
     */
    public static double badness(double base, double head, Direction direction) {
        double ratio = direction == Direction.HIGHER_IS_BETTER ? base / head : head / base;
        return ratio > 0 && Double.isFinite(ratio) ? (ratio - 1) * 100 : Double.POSITIVE_INFINITY;
    }

    /** How loud a change {@code badnessPct} worse is by {@code levels}: info below warning, or without levels. */
    public static Level levelOf(double badnessPct, Optional<AlertLevels> levels) {
        if (levels.isEmpty()) {
            return Level.INFO;
        }
        if (badnessPct >= levels.get().criticalPct()) {
            return Level.CRITICAL;
        }
        return badnessPct >= levels.get().warningPct() ? Level.WARNING : Level.INFO;
    }
}
