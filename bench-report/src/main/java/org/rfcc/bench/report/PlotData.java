package org.rfcc.bench.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;

/** Lookups over a run's results shared by the chart builders (and extensions'); failed results are never seen. */
public final class PlotData {
    private PlotData() {}

    /** The successful results of {@code benchmark} (any suite) that have metrics, in run order. */
    public static List<BenchmarkResult> ok(RunRecord run, String benchmark) {
        return run.results().stream()
                .filter(r -> r.status() == Status.OK && !r.metrics().isEmpty())
                .filter(r -> r.benchmark().equals(benchmark))
                .toList();
    }

    /** The results among {@code results} that measured {@code metric}. */
    public static List<BenchmarkResult> having(List<BenchmarkResult> results, String metric) {
        return results.stream().filter(r -> r.metrics().containsKey(metric)).toList();
    }

    /** A numeric param as a double: NaN when it is missing or not a number. */
    public static double number(BenchmarkResult r, String param) {
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
    public static double value(BenchmarkResult r, String metric) {
        Metric m = r.metrics().get(metric);
        return m == null ? Double.NaN : m.value();
    }

    /** The unit of {@code metric} in the first result that has it, else {@code fallback}. */
    public static String unit(List<BenchmarkResult> results, String metric, String fallback) {
        for (BenchmarkResult r : results) {
            Metric m = r.metrics().get(metric);
            if (m != null && !m.unit().isBlank()) {
                return m.unit();
            }
        }
        return fallback;
    }

    /** {@code 4} for 4.0, {@code 2.5} for 2.5: a param value as a short label. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** {@code 1k}, {@code 50k}, {@code 2.5M}: a size as a very short label. */
    public static String compact(double v) {
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
    public static String grouped(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
}
