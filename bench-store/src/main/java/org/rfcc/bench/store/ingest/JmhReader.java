package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;

/**
 * Reads JMH's JSON result format ({@code -rf json}): one result per array element, suite = the
 * benchmark class, benchmark = the method, params as JMH wrote them (numbers where the text is one)
 * and the mode last ({@link #withMode}).
 *
 * <p>The primary metric is named {@value #PRIMARY}; secondary metrics (such as {@code -prof gc}'s
 * {@code gc.alloc.rate}) keep their names, without the leading middle dot JMH before 1.37 wrote.
 * The primary metric is higher-is-better in mode {@code thrpt} and lower-is-better in {@code avgt},
 * {@code sample} and {@code ss}. Values are derived from {@code rawData} as every metric's are
 * ({@link org.rfcc.bench.model.Estimate}); JMH's own score is the value only where it wrote no raw
 * data. Sample mode writes {@code rawDataHistogram} instead: each iteration's sample is the mean
 * of its histogram, as an {@code avgt} iteration's is the mean time of its operations, so a fork's
 * value is the median of its iterations' means. A secondary metric is lower-is-better, except a
 * rate (unit ending in {@code /s} or {@code /sec}) of a {@code thrpt} benchmark, which rises with
 * the throughput. A secondary metric without a number ({@code -prof perfasm}'s {@code asm}: score
 * "NaN", unit "---") is the profiler's text output: it is left out, with a note.
 */
public final class JmhReader {
    /** The name of the primary metric in the imported results. */
    static final String PRIMARY = "score";
    /** The param that holds the benchmark mode (thrpt, avgt, sample or ss). */
    public static final String MODE = "mode";
    /** The param of the mode when the benchmark has a param named {@value #MODE} of its own. */
    public static final String JMH_MODE = "jmh.mode";

    private static final String MIDDLE_DOT = "\u00b7";

    private final String file;
    /** The secondary metrics left out, as {@code "asm (score NaN, unit ---)"}, with how many benchmarks had them. */
    private final Map<String, Integer> leftOut = new LinkedHashMap<>();

    /** A reader of the results of {@code file}. */
    JmhReader(String file) {
        this.file = file;
    }

    /** What was left out of the results read so far, one sentence per kind. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        leftOut.forEach((metric, n) -> notes.add("left out secondary metric " + metric + " of " + n
                + (n == 1 ? " benchmark" : " benchmarks") + ": no number, a profiler's text output"));
        return notes;
    }

    /** True when {@code first} looks like an element of JMH's JSON. */
    static boolean recognises(JsonNode first) {
        return first.has("jmhVersion") || first.has("primaryMetric");
    }

    /** {@code "vmName vmVersion"} of {@code first}, or null when JMH did not write them. */
    String jvm(JsonNode first) {
        String name = Fields.optionalText(first, "vmName");
        String version = Fields.optionalText(first, "vmVersion");
        if (name == null || version == null) {
            return name != null ? name : version;
        }
        return name + " " + version;
    }

    /** {@code jmh_version} and {@code jvm_args} of {@code first}, where JMH wrote them. */
    Map<String, Object> config(JsonNode first) {
        Map<String, Object> config = new LinkedHashMap<>();
        String version = Fields.optionalText(first, "jmhVersion");
        if (version != null) {
            config.put("jmh_version", version);
        }
        JsonNode args = first.get("jvmArgs");
        if (args != null && args.isArray()) {
            List<String> list = new ArrayList<>();
            args.forEach(a -> list.add(a.asText()));
            config.put("jvm_args", list);
        }
        return config;
    }

    /** The result of one element of JMH's array, the {@code entry}-th (from 1). */
    BenchmarkResult result(JsonNode element, int entry) {
        if (!element.isObject() || !element.has("primaryMetric")) {
            throw new IngestException(file, "entry " + entry + " is not a JMH result (it has no \"primaryMetric\")");
        }
        String name = Fields.text(element, "benchmark", "benchmark", "entry " + entry, file);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            throw new IngestException(
                    file, "\"benchmark\" is \"" + name + "\" in entry " + entry + "; expected package.Class.method");
        }
        String where = "benchmark " + name;
        String mode = Fields.text(element, "mode", "mode", where, file);
        Direction primary =
                switch (mode) {
                    case "thrpt" -> Direction.HIGHER_IS_BETTER;
                    case "avgt", "sample", "ss" -> Direction.LOWER_IS_BETTER;
                    default -> throw new IngestException(
                            file, "\"mode\" is \"" + mode + "\" in " + where + "; expected thrpt, avgt, sample or ss");
                };
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put(PRIMARY, metric(element.get("primaryMetric"), "primaryMetric", primary, where));
        JsonNode secondaries = element.get("secondaryMetrics");
        if (secondaries != null && secondaries.isObject()) {
            for (Map.Entry<String, JsonNode> e : secondaries.properties()) {
                String metricName =
                        e.getKey().startsWith(MIDDLE_DOT) ? e.getKey().substring(1) : e.getKey();
                String path = "secondaryMetrics." + e.getKey();
                if (!numeric(e.getValue())) {
                    leftOut.merge(
                            metricName + " (score " + e.getValue().path("score") + ", unit "
                                    + e.getValue().path("scoreUnit") + ")",
                            1,
                            Integer::sum);
                    continue;
                }
                String unit = Fields.text(e.getValue(), "scoreUnit", path + ".scoreUnit", where, file);
                boolean rate = unit.endsWith("/s") || unit.endsWith("/sec");
                Direction d = mode.equals("thrpt") && rate ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
                if (metrics.put(metricName, metric(e.getValue(), path, d, where)) != null) {
                    throw new IngestException(file, "metric \"" + metricName + "\" appears twice in " + where);
                }
            }
        }
        return BenchmarkResult.ok(
                name.substring(0, dot), name.substring(dot + 1), withMode(params(element, where), mode), metrics);
    }

    /** False for a metric with no finite score and no raw number: a profiler's text output. */
    private static boolean numeric(JsonNode metric) {
        if (Fields.finiteOrNull(metric.get("score")) != null) {
            return true;
        }
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode v : fork) {
                if (Fields.finiteOrNull(v) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The params with the benchmark mode last, as {@value #MODE} (or {@value #JMH_MODE} when the
     * benchmark has a param of that name itself): JMH names a result by benchmark, mode and params,
     * and one method run in several modes ({@code -bm all}) gives one result per mode.
     */
    public static Map<String, Object> withMode(Map<String, Object> params, String mode) {
        Map<String, Object> out = new LinkedHashMap<>(params);
        out.put(params.containsKey(MODE) ? JMH_MODE : MODE, mode);
        return out;
    }

    private Map<String, Object> params(JsonNode element, String where) {
        Map<String, Object> params = new LinkedHashMap<>();
        JsonNode node = element.get("params");
        if (node == null || node.isNull()) {
            return params;
        }
        if (!node.isObject()) {
            throw new IngestException(file, "\"params\" is " + node + ", not an object, in " + where);
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                params.put(e.getKey(), v.numberValue());
            } else if (v.isTextual()) {
                params.put(e.getKey(), Params.value(v.asText()));
            } else {
                throw new IngestException(
                        file, "\"params." + e.getKey() + "\" is " + v + ", not a string, in " + where);
            }
        }
        return params;
    }

    private Metric metric(JsonNode node, String path, Direction direction, String where) {
        if (node == null || !node.isObject()) {
            throw new IngestException(file, "\"" + path + "\" is missing or not an object in " + where);
        }
        double score = Fields.finite(node.get("score"), path + ".score", where, file);
        String unit = Fields.text(node, "scoreUnit", path + ".scoreUnit", where, file);
        return new Metric(unit, direction, samples(node, path, score, where));
    }

    /**
     * rawData as [fork][iteration]; sample mode's histograms as the mean of each iteration's;
     * {@code [[score]]} when JMH wrote neither (rawData turned off).
     */
    private List<List<Double>> samples(JsonNode metric, String path, double score, String where) {
        JsonNode raw = metric.get("rawData");
        if (raw == null || raw.isNull()) {
            JsonNode histogram = metric.get("rawDataHistogram");
            return histogram == null || histogram.isNull()
                    ? List.of(List.of(score))
                    : histogramMeans(histogram, path + ".rawDataHistogram", where);
        }
        if (!raw.isArray()) {
            throw new IngestException(file, "\"" + path + ".rawData\" is not an array of forks in " + where);
        }
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : raw) {
            if (!fork.isArray()) {
                throw new IngestException(
                        file, "\"" + path + ".rawData\" holds " + fork + ", not an array of iterations, in " + where);
            }
            List<Double> iterations = new ArrayList<>();
            for (JsonNode v : fork) {
                iterations.add(Fields.finite(v, path + ".rawData", where, file));
            }
            // JMH leaves a fork empty when a secondary metric was not reported in it
            if (!iterations.isEmpty()) {
                forks.add(iterations);
            }
        }
        return forks.isEmpty() ? List.of(List.of(score)) : forks;
    }

    /** [fork][iteration][[value, count], …] as [fork][iteration mean]. */
    private List<List<Double>> histogramMeans(JsonNode histogram, String path, String where) {
        if (!histogram.isArray()) {
            throw new IngestException(file, "\"" + path + "\" is not an array of forks in " + where);
        }
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : histogram) {
            List<Double> means = new ArrayList<>();
            for (JsonNode iteration : fork) {
                double sum = 0;
                double count = 0;
                for (JsonNode bin : iteration) {
                    if (!bin.isArray() || bin.size() != 2) {
                        throw new IngestException(
                                file, "\"" + path + "\" holds " + bin + ", not a [value, count] pair, in " + where);
                    }
                    double n = Fields.finite(bin.get(1), path, where, file);
                    sum += Fields.finite(bin.get(0), path, where, file) * n;
                    count += n;
                }
                if (count > 0) {
                    means.add(sum / count);
                }
            }
            if (!means.isEmpty()) {
                forks.add(means);
            }
        }
        if (forks.isEmpty()) {
            throw new IngestException(file, "\"" + path + "\" holds no samples in " + where);
        }
        return forks;
    }
}
