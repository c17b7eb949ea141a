package org.rfcc.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.seam.Rule;
import org.rfcc.bench.report.Html;
import org.rfcc.bench.report.Recommendations;
import org.rfcc.bench.report.RunView;

/**
 * The report's recommendation rules of RFCC's own domain, each with its limit as a constant: what
 * the compressor allocates per token, how well it hits its ratio, whether it beats the trivial
 * baselines, and how its memory grows with the document.
 */
enum RfccRules implements Rule {
    HIGH_ALLOCATION("allocation above 10 KiB per input token") {
        @Override
        public List<String> apply(RunRecord run) {
            List<String> out = new ArrayList<>();
            for (BenchmarkResult r : run.results()) {
                Double size = RunView.number(r, Models.DOCUMENT_SIZE);
                Double alloc = RunView.value(r, "alloc_mb_per_op");
                if (size != null && alloc != null && alloc * 1024 / size > HIGH_ALLOCATION_KIB_PER_TOKEN) {
                    out.add(String.format(
                            Locale.ROOT,
                            "%s allocates %.1f KiB per input token (%s MB per compression): look for"
                                    + " copies of the document or per-sentence buffers (a JFR allocation"
                                    + " profile shows where).",
                            Recommendations.where(r),
                            alloc * 1024 / size,
                            Html.number(alloc)));
                }
            }
            return out;
        }
    },
    RATIO_OFF_TARGET("an achieved ratio more than 10% off its target") {
        @Override
        public List<String> apply(RunRecord run) {
            List<BenchmarkResult> off = run.results().stream()
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
                    Recommendations.examples(
                            off,
                            r -> String.format(
                                    Locale.ROOT,
                                    "%s achieved %.2fx for %sx",
                                    SeriesNames.joined(r.params(), ", "),
                                    RunView.value(r, "achieved_ratio"),
                                    Html.number(RunView.number(r, Models.COMPRESSION_RATIO))))));
        }
    },
    RETENTION_BELOW_BASELINE("RFCC retaining less than the random or lead-N baseline") {
        @Override
        public List<String> apply(RunRecord run) {
            List<String> out = new ArrayList<>();
            for (BenchmarkResult r : run.results()) {
                Double rfcc = RunView.value(r, "information_retention");
                for (String baseline : List.of("information_retention_random", "information_retention_lead_n")) {
                    Double b = RunView.value(r, baseline);
                    if (rfcc != null && b != null && rfcc < b) {
                        out.add(String.format(
                                Locale.ROOT,
                                "%s: RFCC retains %.3f, less than the %s baseline's %.3f: the selector"
                                        + " does worse than a trivial one there; check the query and salience"
                                        + " weights of that model.",
                                Recommendations.where(r),
                                rfcc,
                                baseline.substring("information_retention_".length()),
                                b));
                    }
                }
            }
            return out;
        }
    },
    MEMORY_SUPERLINEAR("memory growing faster than linearly with document size") {
        @Override
        public List<String> apply(RunRecord run) {
            List<String> out = new ArrayList<>();
            RunView view = new RunView(run);
            for (String model : view.texts("memory_usage", Models.MODEL)) {
                for (String metric : List.of("peak_heap_mb", "alloc_mb_per_op")) {
                    RunView.SortedValues v =
                            view.values("memory_usage", metric, Models.MODEL, model, Models.DOCUMENT_SIZE);
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
    };

    /** Allocation per input token above which compression allocates too much, in KiB. */
    static final double HIGH_ALLOCATION_KIB_PER_TOKEN = 10;
    /** Ratio error above which compression misses its target ratio. */
    static final double MAX_RATIO_ERROR = 0.10;
    /** Log-log growth of memory with document size above which it is faster than linear. */
    static final double SUPERLINEAR_EXPONENT = 1.2;

    private final String checks;

    RfccRules(String checks) {
        this.checks = checks;
    }

    @Override
    public String checks() {
        return checks;
    }
}
