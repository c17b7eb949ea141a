package org.rfcc.bench.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;

/** Lookups over a run's results shared by the chart builders; failed results are never seen. */
final class PlotData {
    static final String MODEL = "model";
    static final String DOCUMENT_SIZE = "document_size";
    static final String COMPRESSION_RATIO = "compression_ratio";
    static final String BATCH_SIZE = "batch_size";

    private PlotData() {}

    /** The successful results of {@code benchmark} (any suite) that have metrics, in run order. */
    static List<BenchmarkResult> ok(RunRecord run, String benchmark) {
        return run.results().stream()
                .filter(r -> r.status() == Status.OK && !r.metrics().isEmpty())
                .filter(r -> r.benchmark().equals(benchmark))
                .toList();
    }

    /** The results among {@code results} that measured {@code metric}. */
    static List<BenchmarkResult> having(List<BenchmarkResult> results, String metric) {
        return results.stream().filter(r -> r.metrics().containsKey(metric)).toList();
    }

    /** The distinct models of {@code results} in order of first appearance; "" for results without one. */
    static List<String> models(List<BenchmarkResult> results) {
        Set<String> models = new LinkedHashSet<>();
        results.forEach(r -> models.add(model(r)));
        return new ArrayList<>(models);
    }

    /** The result's {@code model} param, or "" when it has none. */
    static String model(BenchmarkResult r) {
        Object m = r.params().get(MODEL);
        return m == null ? "" : String.valueOf(m);
    }

    /** The results of {@code model}. */
    static List<BenchmarkResult> ofModel(List<BenchmarkResult> results, String model) {
        return results.stream().filter(r -> model(r).equals(model)).toList();
    }

    /** A numeric param as a double: NaN when it is missing or not a number. */
    static double number(BenchmarkResult r, String param) {
        Object v = r.params().get(param);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The value of {@code metric} in {@code r}, NaN when it was not measured. */
    static double value(BenchmarkResult r, String metric) {
        Metric m = r.metrics().get(metric);
        return m == null ? Double.NaN : m.value();
    }

    /** The unit of {@code metric} in the first result that has it, else {@code fallback}. */
    static String unit(List<BenchmarkResult> results, String metric, String fallback) {
        for (BenchmarkResult r : results) {
            Metric m = r.metrics().get(metric);
            if (m != null && !m.unit().isBlank()) {
                return m.unit();
            }
        }
        return fallback;
    }

    /** {@code 4} for 4.0, {@code 2.5} for 2.5: a param value as a short label. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** {@code 1k}, {@code 50k}, {@code 2.5M}: a size as a very short label. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e6 && v % 1e5 == 0) {
            return plain(v / 1e6) + "M";
        }
        if (a >= 1e3 && v % 100 == 0) {
            return plain(v / 1e3) + "k";
        }
        return plain(v);
    }

    /** A whole number with thousands separators, the same in every locale: {@code 10,000}. */
    static String grouped(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    /** The run config's {@code benchmarks.compression.compression_ratios}, empty when it is absent. */
    static List<Double> configuredRatios(RunRecord run) {
        Object node = run.config();
        for (String key : List.of("benchmarks", "compression", "compression_ratios")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(key);
        }
        if (!(node instanceof List<?> list)) {
            return List.of();
        }
        List<Double> ratios = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Number n) {
                ratios.add(n.doubleValue());
            }
        }
        return ratios;
    }
}
