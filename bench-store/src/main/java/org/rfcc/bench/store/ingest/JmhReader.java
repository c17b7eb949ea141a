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
 * data. A secondary metric is lower-is-better, except a rate (unit ending
 * in {@code /s} or {@code /sec}) of a {@code thrpt} benchmark, which rises with the throughput.
 */
public final class JmhReader {
    /** The name of the primary metric in the imported results. */
    static final String PRIMARY = "score";
    /** The param that holds the benchmark mode (thrpt, avgt, sample or ss). */
    public static final String MODE = "mode";
    /** The param of the mode when the benchmark has a param named {@value #MODE} of its own. */
    public static final String JMH_MODE = "jmh.mode";

    private static final String MIDDLE_DOT = "\u00b7";

    private JmhReader() {}

    /** True when {@code first} looks like an element of JMH's JSON. */
    static boolean recognises(JsonNode first) {
        return first.has("jmhVersion") || first.has("primaryMetric");
    }

    /** One result per element of {@code array}. */
    static List<BenchmarkResult> results(JsonNode array, String file) {
        List<BenchmarkResult> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(result(array.get(i), i + 1, file));
        }
        return out;
    }

    /** {@code "vmName vmVersion"} of the first element, or null when JMH did not write them. */
    static String jvm(JsonNode array) {
        JsonNode first = array.get(0);
        String name = Fields.optionalText(first, "vmName");
        String version = Fields.optionalText(first, "vmVersion");
        if (name == null || version == null) {
            return name != null ? name : version;
        }
        return name + " " + version;
    }

    /** {@code jmh_version} and {@code jvm_args} of the first element, where JMH wrote them. */
    static Map<String, Object> config(JsonNode array) {
        JsonNode first = array.get(0);
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

    private static BenchmarkResult result(JsonNode element, int entry, String file) {
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
        metrics.put(PRIMARY, metric(element.get("primaryMetric"), "primaryMetric", primary, where, file));
        JsonNode secondaries = element.get("secondaryMetrics");
        if (secondaries != null && secondaries.isObject()) {
            for (Map.Entry<String, JsonNode> e : secondaries.properties()) {
                String metricName =
                        e.getKey().startsWith(MIDDLE_DOT) ? e.getKey().substring(1) : e.getKey();
                String path = "secondaryMetrics." + e.getKey();
                String unit = Fields.text(e.getValue(), "scoreUnit", path + ".scoreUnit", where, file);
                boolean rate = unit.endsWith("/s") || unit.endsWith("/sec");
                Direction d = mode.equals("thrpt") && rate ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
                if (metrics.put(metricName, metric(e.getValue(), path, d, where, file)) != null) {
                    throw new IngestException(file, "metric \"" + metricName + "\" appears twice in " + where);
                }
            }
        }
        return BenchmarkResult.ok(
                name.substring(0, dot), name.substring(dot + 1), withMode(params(element, where, file), mode), metrics);
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

    private static Map<String, Object> params(JsonNode element, String where, String file) {
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

    private static Metric metric(JsonNode node, String path, Direction direction, String where, String file) {
        if (node == null || !node.isObject()) {
            throw new IngestException(file, "\"" + path + "\" is missing or not an object in " + where);
        }
        double score = Fields.finite(node.get("score"), path + ".score", where, file);
        String unit = Fields.text(node, "scoreUnit", path + ".scoreUnit", where, file);
        return new Metric(unit, direction, samples(node, path, score, where, file));
    }

    /** rawData as [fork][iteration]; {@code [[score]]} when JMH wrote none (histograms, or rawData turned off). */
    private static List<List<Double>> samples(JsonNode metric, String path, double score, String where, String file) {
        JsonNode raw = metric.get("rawData");
        if (raw == null || raw.isNull()) {
            return List.of(List.of(score));
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
}
