package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.seam.Catalogs;

/**
 * The report's recommendations: rules over the run's own data, each written down here with the
 * limit it applies. A rule says nothing unless the data shows it, so a clean run gets no tips.
 */
public final class Recommendations {
    /** A passed threshold with less than this share of its limit to spare is close to failing. */
    static final double NEAR_LIMIT = 0.10;
    /** JMH gc.alloc.rate above which the collector takes a visible share of the time, in MB/s. */
    static final double MAX_ALLOCATION_RATE = 1000;
    /** Half-width of a confidence interval, relative to its value, above which a metric is noisy. */
    static final double NOISY = 0.10;
    /** How many examples a finding names at most. */
    public static final int EXAMPLES = 3;

    private Recommendations() {}

    /** The rules of any run, each with its id and what it checks; a suite's catalog adds those of its domain. */
    enum Rule implements org.rfcc.bench.model.seam.Rule {
        FAILED_BENCHMARK("a benchmark failed") {
            @Override
            public List<String> apply(RunRecord run) {
                return run.results().stream()
                        .filter(r -> r.status() == Status.FAILED)
                        .map(r -> String.format(
                                Locale.ROOT,
                                "%s failed: %s. Fix it and rerun that suite: rfcc-bench run --suite %s.",
                                where(r),
                                r.error().lines().findFirst().orElse(""),
                                r.suite()))
                        .toList();
            }
        },
        THRESHOLD_NEAR_LIMIT("a passed threshold within 10% of its limit") {
            @Override
            public List<String> apply(RunRecord run) {
                List<String> out = new ArrayList<>();
                for (ThresholdCheck t : run.thresholds()) {
                    Double spare = t.spare();
                    if (t.passed() && spare != null) {
                        if (spare < NEAR_LIMIT) {
                            out.add(String.format(
                                    Locale.ROOT,
                                    "%s passes with only %.1f%% to spare (observed %s, limit %s, at %s %s): a small"
                                            + " regression will breach it; look at that benchmark before the next release.",
                                    t.name(),
                                    100 * spare,
                                    Html.number(t.observed()),
                                    Html.number(t.limit()),
                                    t.benchmark(),
                                    SeriesNames.joined(t.params(), ", ")));
                        }
                    }
                }
                return out;
            }
        },
        REGRESSION_BISECT("a regression at warning or above between two commits") {
            @Override
            public List<String> apply(RunRecord run) {
                Comparison c = run.comparison();
                if (c == null || !c.summary().worst().atLeast(Level.WARNING)) {
                    return List.of();
                }
                Change worst = regressions(c).get(0);
                String range = c.base().commit() == null || c.head().commit() == null
                        ? "the two runs"
                        : "git bisect start " + c.head().commit().substring(0, 10) + " "
                                + c.base().commit().substring(0, 10)
                                + ", then git bisect run ./rfcc-bench quick-check";
                return List.of(String.format(
                        Locale.ROOT,
                        "%d regressions at warning or above, the worst %s %s (%s). Find the commit: %s.",
                        c.summary().critical() + c.summary().warning(),
                        series(worst),
                        Html.percent(worst.changePct() == null ? 0 : worst.changePct()),
                        worst.level().id(),
                        range));
            }
        },
        UNDERPOWERED("a compared metric that could not detect a change of its class's warning size") {
            @Override
            public List<String> apply(RunRecord run) {
                Comparison c = run.comparison();
                if (c == null) {
                    return List.of();
                }
                List<Change> weak = c.changes().stream()
                        .filter(ch -> Boolean.TRUE.equals(ch.underpowered()))
                        .sorted(Comparator.comparingDouble((Change ch) -> ch.mdePct())
                                .reversed())
                        .toList();
                if (weak.isEmpty()) {
                    return List.of();
                }
                int forks = weak.stream()
                        .mapToInt(ch -> ch.forksNeeded() == null ? 0 : ch.forksNeeded())
                        .max()
                        .orElse(0);
                return List.of(String.format(
                        Locale.ROOT,
                        "%d compared metrics are under-powered: %s. Run with --forks %d to detect a change of the"
                                + " warning size.",
                        weak.size(),
                        examples(
                                weak,
                                ch -> String.format(
                                        Locale.ROOT, "%s detects only %.1f%% or more", series(ch), ch.mdePct())),
                        forks));
            }
        },
        HIGH_ALLOCATION_RATE("allocation above 1000 MB/s (JMH's gc profiler)") {
            @Override
            public List<String> apply(RunRecord run) {
                List<String> out = new ArrayList<>();
                for (BenchmarkResult r : run.results()) {
                    Double rate = RunView.value(r, "gc.alloc.rate");
                    if (rate != null && rate > MAX_ALLOCATION_RATE) {
                        out.add(String.format(
                                Locale.ROOT,
                                "%s allocates %s MB/s: the garbage collector takes a visible share of the"
                                        + " time; reuse buffers on the hot path.",
                                where(r),
                                Html.number(rate)));
                    }
                }
                return out;
            }
        },
        NOISY_METRIC("a speed, memory or accuracy value whose 95% interval is wider than ±10%") {
            @Override
            public List<String> apply(RunRecord run) {
                List<Map.Entry<String, Double>> noisy = new ArrayList<>();
                int judged = 0;
                for (BenchmarkResult r : run.results()) {
                    for (Map.Entry<String, Metric> e : r.metrics().entrySet()) {
                        Metric m = e.getValue();
                        // only what a comparison judges: JMH's gc.count of 0 or 1 per iteration is noise by nature
                        if (m.sampleCount() > 1
                                && Catalogs.alertClass(r.suite(), r.benchmark(), e.getKey(), m.unit())
                                        .isPresent()) {
                            judged++;
                            if (halfWidth(m) > NOISY) {
                                String series = SeriesNames.name(r.suite(), r.benchmark(), e.getKey(), r.params());
                                noisy.add(Map.entry(series, halfWidth(m)));
                            }
                        }
                    }
                }
                if (noisy.isEmpty()) {
                    return List.of();
                }
                noisy.sort(Map.Entry.<String, Double>comparingByValue().reversed());
                return List.of(String.format(
                        Locale.ROOT,
                        "%d of %d measured values are noisy (95%% interval wider than ±%.0f%%): %s. Raise forks (--forks)"
                                + " or iterations, or run on a quieter machine; rfcc-bench calibrate measures the"
                                + " noise.",
                        noisy.size(),
                        judged,
                        100 * NOISY,
                        examples(
                                noisy, e -> String.format(Locale.ROOT, "%s ±%.0f%%", e.getKey(), 100 * e.getValue()))));
            }
        };

        private final String checks;

        Rule(String checks) {
            this.checks = checks;
        }

        @Override
        public String checks() {
            return checks;
        }
    }

    /** Every rule that applies: these, then the catalogs' ones. */
    static List<org.rfcc.bench.model.seam.Rule> checked() {
        List<org.rfcc.bench.model.seam.Rule> rules = new ArrayList<>(List.of(Rule.values()));
        rules.addAll(Catalogs.rules());
        return rules;
    }

    /** Every finding of every rule on {@code data}'s run, in rule order. */
    static List<Recommendation> of(ReportData data) {
        List<Recommendation> out = new ArrayList<>();
        for (org.rfcc.bench.model.seam.Rule rule : checked()) {
            rule.apply(data.run()).forEach(text -> out.add(new Recommendation(rule.id(), text)));
        }
        return out;
    }

    /** The regressions of {@code c}, worst level first, then largest change. */
    static List<Change> regressions(Comparison c) {
        return c.changes().stream()
                .filter(ch -> ch.level() != Level.NONE)
                .sorted(Comparator.comparing(Change::level)
                        .reversed()
                        .thenComparing(ch -> -Math.abs(ch.changePct() == null ? 0 : ch.changePct())))
                .toList();
    }

    /** {@code suite/benchmark/metric[params]} of a change. */
    static String series(Change ch) {
        return SeriesNames.name(ch.suite(), ch.benchmark(), ch.metric(), ch.params());
    }

    /** {@code suite/benchmark [param=value, …]} of a result. */
    public static String where(BenchmarkResult r) {
        return r.id() + (r.params().isEmpty() ? "" : " [" + SeriesNames.joined(r.params(), ", ") + "]");
    }

    private static double halfWidth(Metric m) {
        return m.value() == 0 ? 0 : (m.ci().get(1) - m.ci().get(0)) / 2 / Math.abs(m.value());
    }

    /** The first few of {@code items}, described and joined, with an ellipsis when there are more. */
    public static <T> String examples(List<T> items, java.util.function.Function<T, String> describe) {
        List<String> named = items.stream().limit(EXAMPLES).map(describe).toList();
        return String.join("; ", named) + (items.size() > EXAMPLES ? "; …" : "");
    }
}
