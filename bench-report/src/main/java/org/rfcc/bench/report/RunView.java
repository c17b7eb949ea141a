package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;

/** Lookups over the successful results of a run, by benchmark, param and metric, for reports and their extensions. */
public final class RunView {
    private final RunRecord run;

    public RunView(RunRecord run) {
        this.run = run;
    }

    public RunRecord run() {
        return run;
    }

    /** The successful results of {@code benchmark}, in run order. */
    public List<BenchmarkResult> ok(String benchmark) {
        return PlotData.ok(run, benchmark);
    }

    /** The distinct values of {@code param} in the successful results of {@code benchmark}, sorted. */
    public List<Double> numbers(String benchmark, String param) {
        return ok(benchmark).stream()
                .map(r -> number(r, param))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    /** The distinct text values of {@code param} in the successful results of {@code benchmark}, in run order. */
    public List<String> texts(String benchmark, String param) {
        return ok(benchmark).stream()
                .map(r -> r.params().get(param))
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .distinct()
                .toList();
    }

    /** {@code param} of {@code r} as a number, or null when absent or not a number. */
    public static Double number(BenchmarkResult r, String param) {
        return orNull(PlotData.number(r, param));
    }

    /** The value of {@code metric} in {@code r}, or null when it has none. */
    public static Double value(BenchmarkResult r, String metric) {
        return orNull(PlotData.value(r, metric));
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /**
     * The values of {@code metric} of {@code benchmark} for the results whose {@code match}
     * param equals {@code value}, keyed by the numeric param {@code by}, sorted.
     */
    public SortedValues values(String benchmark, String metric, String match, String value, String by) {
        Map<Double, List<Double>> out = new TreeMap<>();
        for (BenchmarkResult r : ok(benchmark)) {
            Double x = number(r, by);
            Double y = value(r, metric);
            if (x != null
                    && y != null
                    && (match == null || value.equals(String.valueOf(r.params().get(match))))) {
                out.computeIfAbsent(x, k -> new ArrayList<>()).add(y);
            }
        }
        return new SortedValues(out);
    }

    /** Values keyed by a numeric param, several per key when other params vary. */
    public record SortedValues(Map<Double, List<Double>> byKey) {
        public OptionalDouble mean(double key) {
            List<Double> v = byKey.getOrDefault(key, List.of());
            return v.stream().mapToDouble(Double::doubleValue).average();
        }

        public OptionalDouble max(double key) {
            return byKey.getOrDefault(key, List.of()).stream()
                    .mapToDouble(Double::doubleValue)
                    .max();
        }
    }

    /** Of {@code candidates}, the one closest to {@code target} on a log scale. */
    public static double closest(List<Double> candidates, double target) {
        return candidates.stream()
                .min(Comparator.comparingDouble(c -> Math.abs(Math.log(c / target))))
                .orElseThrow();
    }
}
