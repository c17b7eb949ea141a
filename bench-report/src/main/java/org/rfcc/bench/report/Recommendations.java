package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.config.AlertClass;
import org.rfcc.bench.stats.Change;
import org.rfcc.bench.stats.Comparison;
import org.rfcc.bench.stats.Level;

/**
 * The report's recommendations: rules over the run's own data, each written down here with the
 * limit it applies. A rule says nothing unless the data shows it, so a clean run gets no tips.
 */
final class Recommendations {
    /** A passed threshold with less than this share of its limit to spare is close to failing. */
    static final double NEAR_LIMIT = 0.10;
    /** Allocation per input token above which compression allocates too much, in KiB. */
    static final double HIGH_ALLOCATION_KIB_PER_TOKEN = 10;
    /** JMH gc.alloc.rate above which the collector takes a visible share of the time, in MB/s. */
    static final double HIGH_ALLOCATION_RATE = 1000;
    /** Ratio error above which compression misses its target ratio. */
    static final double MAX_RATIO_ERROR = 0.10;
    /** Log-log growth of memory with document size above which it is faster than linear. */
    static final double SUPERLINEAR_EXPONENT = 1.2;
    /** Half-width of a confidence interval, relative to its value, above which a metric is noisy. */
    static final double NOISY = 0.10;
    /** How many examples a finding names at most. */
    static final int EXAMPLES = 3;

    private Recommendations() {}

    /** The rules, each with its id and what it checks. */
    enum Rule {
        FAILED_BENCHMARK("failed-benchmark", "a benchmark failed") {
            @Override
            List<String> apply(ReportData d) {
                return d.run().results().stream()
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
        THRESHOLD_NEAR_LIMIT("threshold-near-limit", "a passed threshold within 10% of its limit") {
            @Override
            List<String> apply(ReportData d) {
                List<String> out = new ArrayList<>();
                for (ThresholdCheck t : d.run().thresholds()) {
                    if (t.passed() && t.observed() != null && t.limit() != 0) {
                        boolean min = t.name().contains(".min_");
                        double spare = (min ? t.observed() - t.limit() : t.limit() - t.observed()) / t.limit();
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
        REGRESSION_BISECT("regression-bisect", "a regression at warning or above between two commits") {
            @Override
            List<String> apply(ReportData d) {
                Comparison c = MarkdownSummaryWriter.comparison(d.run());
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
        UNDERPOWERED("underpowered", "a compared metric that could not detect a change of its class's warning size") {
            @Override
            List<String> apply(ReportData d) {
                Comparison c = MarkdownSummaryWriter.comparison(d.run());
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
        HIGH_ALLOCATION("high-allocation", "allocation above 10 KiB per input token, or above 1000 MB/s") {
            @Override
            List<String> apply(ReportData d) {
                List<String> out = new ArrayList<>();
                for (BenchmarkResult r : d.run().results()) {
                    Double size = RunView.number(r, "document_size");
                    Double alloc = RunView.value(r, "alloc_mb_per_op");
                    Double rate = RunView.value(r, "gc.alloc.rate");
                    if (size != null && alloc != null && alloc * 1024 / size > HIGH_ALLOCATION_KIB_PER_TOKEN) {
                        out.add(String.format(
                                Locale.ROOT,
                                "%s allocates %.1f KiB per input token (%s MB per compression): look for"
                                        + " copies of the document or per-sentence buffers (a JFR allocation"
                                        + " profile shows where).",
                                where(r),
                                alloc * 1024 / size,
                                Html.number(alloc)));
                    }
                    if (rate != null && rate > HIGH_ALLOCATION_RATE) {
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
        RATIO_OFF_TARGET("ratio-off-target", "an achieved ratio more than 10% off its target") {
            @Override
            List<String> apply(ReportData d) {
                List<BenchmarkResult> off = d.run().results().stream()
                        .filter(r -> {
                            Double e = RunView.value(r, "ratio_error");
                            return e != null && e > MAX_RATIO_ERROR;
                        })
                        .sorted(Comparator.comparingDouble((BenchmarkResult r) -> RunView.value(r, "ratio_error"))
                                .reversed())
                        .toList();
                if (off.isEmpty()) {
                    return List.of();
                }
                return List.of(String.format(
                        Locale.ROOT,
                        "%d compressions miss their target ratio by more than %.0f%%: %s. The token budget or"
                                + " the sentence packing does not meet the target there.",
                        off.size(),
                        100 * MAX_RATIO_ERROR,
                        examples(
                                off,
                                r -> String.format(
                                        Locale.ROOT,
                                        "%s achieved %.2fx for %sx",
                                        SeriesNames.joined(r.params(), ", "),
                                        RunView.value(r, "achieved_ratio"),
                                        Html.number(RunView.number(r, "compression_ratio"))))));
            }
        },
        RETENTION_BELOW_BASELINE("retention-below-baseline", "RFCC retaining less than the random or lead-N baseline") {
            @Override
            List<String> apply(ReportData d) {
                List<String> out = new ArrayList<>();
                for (BenchmarkResult r : d.run().results()) {
                    Double rfcc = RunView.value(r, "information_retention");
                    for (String baseline : List.of("information_retention_random", "information_retention_lead_n")) {
                        Double b = RunView.value(r, baseline);
                        if (rfcc != null && b != null && rfcc < b) {
                            out.add(String.format(
                                    Locale.ROOT,
                                    "%s: RFCC retains %.3f, less than the %s baseline's %.3f: the selector"
                                            + " does worse than a trivial one there; check the query and salience"
                                            + " weights of that model.",
                                    where(r),
                                    rfcc,
                                    baseline.substring("information_retention_".length()),
                                    b));
                        }
                    }
                }
                return out;
            }
        },
        MEMORY_SUPERLINEAR("memory-superlinear", "memory growing faster than linearly with document size") {
            @Override
            List<String> apply(ReportData d) {
                List<String> out = new ArrayList<>();
                RunView view = new RunView(d.run());
                for (String model : view.texts("memory_usage", "model")) {
                    for (String metric : List.of("peak_heap_mb", "alloc_mb_per_op")) {
                        RunView.SortedValues v = view.values("memory_usage", metric, "model", model, "document_size");
                        List<Double> sizes = List.copyOf(v.byKey().keySet());
                        if (sizes.size() >= 3) {
                            double s1 = sizes.get(sizes.size() - 2);
                            double s2 = sizes.get(sizes.size() - 1);
                            double m1 = v.max(s1).orElseThrow();
                            double m2 = v.max(s2).orElseThrow();
                            double exponent = Math.log(m2 / m1) / Math.log(s2 / s1);
                            if (m1 > 0 && exponent > SUPERLINEAR_EXPONENT) {
                                out.add(String.format(
                                        Locale.ROOT,
                                        "%s of %s grows as size^%.2f from %s to %s tokens (%s to %s MB): faster"
                                                + " than linear, so long documents will run out of memory first;"
                                                + " look for pairwise (sentence × sentence) structures.",
                                        metric,
                                        model,
                                        exponent,
                                        Html.number(s1),
                                        Html.number(s2),
                                        Html.number(m1),
                                        Html.number(m2)));
                            }
                        }
                    }
                }
                return out;
            }
        },
        NOISY_METRIC("noisy-metric", "a speed, memory or accuracy value whose 95% interval is wider than ±10%") {
            @Override
            List<String> apply(ReportData d) {
                List<Map.Entry<String, Double>> noisy = new ArrayList<>();
                int judged = 0;
                for (BenchmarkResult r : d.run().results()) {
                    for (Map.Entry<String, Metric> e : r.metrics().entrySet()) {
                        Metric m = e.getValue();
                        // only what a comparison judges: JMH's gc.count of 0 or 1 per iteration is noise by nature
                        if (m.sampleCount() > 1
                                && AlertClass.of(e.getKey(), m.unit()).isPresent()) {
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

        private final String id;
        private final String checks;

        Rule(String id, String checks) {
            this.id = id;
            this.checks = checks;
        }

        /** The rule's id, shown beside its findings. */
        String id() {
            return id;
        }

        /** What the rule looks for, in a few words. */
        String checks() {
            return checks;
        }

        /** The findings of this rule in {@code data}, none when it holds nothing. */
        abstract List<String> apply(ReportData data);
    }

    /** Every finding of every rule, in rule order. */
    static List<Recommendation> of(ReportData data) {
        List<Recommendation> out = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            rule.apply(data).forEach(text -> out.add(new Recommendation(rule.id(), text)));
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
    private static String where(BenchmarkResult r) {
        return r.id() + (r.params().isEmpty() ? "" : " [" + SeriesNames.joined(r.params(), ", ") + "]");
    }

    private static double halfWidth(Metric m) {
        return m.value() == 0 ? 0 : (m.ci().get(1) - m.ci().get(0)) / 2 / Math.abs(m.value());
    }

    private static <T> String examples(List<T> items, java.util.function.Function<T, String> describe) {
        List<String> named = items.stream().limit(EXAMPLES).map(describe).toList();
        return String.join("; ", named) + (items.size() > EXAMPLES ? "; …" : "");
    }
}
