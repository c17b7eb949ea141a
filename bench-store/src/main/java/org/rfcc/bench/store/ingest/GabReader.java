package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;
import org.rfcc.bench.model.SeriesNames;

/**
 * Reads github-action-benchmark's benches: {@code {name, unit, value, range, extra}}, the elements
 * of its custom JSON and the {@code benches} of each entry of its history.
 *
 * <p>A name in the form {@code run} writes, {@code suite/benchmark/metric[k=v,…]}, is split back
 * ({@link SeriesNames#parse}), and the benches of one benchmark and params become one result with
 * several metrics. A name that the action's {@code jmh} tool wrote, {@code pkg.Class.method ( {…}
 * )}, becomes benchmark {@code pkg.Class.method} with the JSON's params. Any other name becomes
 * benchmark {@code name} of suite {@code suite} with the one metric {@value #METRIC}. The value may
 * be a number or, as the action accepts, a string that holds one.
 */
final class GabReader {
    /** The suite of custom JSON benches whose names are not in our form. */
    static final String SUITE = "github-action-benchmark";

    /** The metric of benches whose names are not in our form. */
    static final String METRIC = "value";

    private static final Pattern JMH_NAME = Pattern.compile("(\\S+) \\( (\\{.*}) \\)");

    private final String file;
    private final Map<Key, Map<String, Metric>> grouped = new LinkedHashMap<>();

    GabReader(String file) {
        this.file = file;
    }

    /** True when {@code first} looks like a github-action-benchmark bench. */
    static boolean recognises(JsonNode first) {
        return first.has("name") && first.has("value");
    }

    /**
     * The direction of a bench of {@code tool}: what the action's {@code biggerIsBetter} says of
     * the custom tools, and for the others a rate ({@code ops/s}, {@code MB/s}) is higher-is-better
     * and anything else (a time, bytes, allocations per op) lower; {@code otherwise} for a tool
     * the action does not name.
     */
    static Direction direction(String tool, String unit, Direction otherwise) {
        return switch (tool == null ? "" : tool) {
            case "customBiggerIsBetter" -> Direction.HIGHER_IS_BETTER;
            case "customSmallerIsBetter" -> Direction.LOWER_IS_BETTER;
            case "cargo",
                    "go",
                    "benchmarkjs",
                    "benchmarkluau",
                    "pytest",
                    "googlecpp",
                    "catch2",
                    "julia",
                    "jmh",
                    "benchmarkdotnet" -> rate(unit) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            default -> otherwise;
        };
    }

    /**
     * The unit of a bench of a history, "" when it has none; cut at its first tab, after which the
     * action's {@code go} tool once wrote the benchmark's other metrics ({@code "ns/op\t 0 drop_rate_%\t …"}).
     */
    static String unit(JsonNode bench) {
        String unit = Fields.optionalText(bench, "unit");
        if (unit == null) {
            return "";
        }
        int tab = unit.indexOf('\t');
        return (tab < 0 ? unit : unit.substring(0, tab)).strip();
    }

    private static boolean rate(String unit) {
        int slash = unit.lastIndexOf('/');
        return slash >= 0
                && switch (unit.substring(slash + 1).strip().toLowerCase(Locale.ROOT)) {
                    case "ns", "us", "µs", "ms", "s", "sec", "second", "min", "h", "hr" -> true;
                    default -> false;
                };
    }

    /**
     * Adds the bench {@code bench}, the {@code entry}-th (from 1), in {@code direction}; returns
     * false, adding nothing, when {@code lenient} and a bench of that name came earlier.
     *
     * @param suite the suite of names that are not in our form
     */
    boolean add(JsonNode bench, int entry, String suite, Direction direction, boolean lenient) {
        String where = "entry " + entry;
        if (!bench.isObject()) {
            throw new IngestException(file, where + " is " + bench + ", not a {name, unit, value} object");
        }
        String name = Fields.text(bench, "name", "name", where, file);
        where = where + " (" + name + ")";
        String unit = lenient ? unit(bench) : Fields.text(bench, "unit", "unit", where, file);
        double value = Fields.number(bench.get("value"), "value", where, file);
        Name parsed = name(name, suite);
        Map<String, Metric> metrics = grouped.computeIfAbsent(parsed.key(), k -> new LinkedHashMap<>());
        if (metrics.containsKey(parsed.metric())) {
            if (lenient) {
                return false;
            }
            throw new IngestException(file, where + " repeats an earlier entry of the same name");
        }
        metrics.put(parsed.metric(), Metric.exact(unit, direction, value));
        return true;
    }

    /** The results, one per benchmark and params, in the order of their first benches. */
    List<BenchmarkResult> results() {
        List<BenchmarkResult> out = new ArrayList<>();
        grouped.forEach((k, metrics) -> out.add(BenchmarkResult.ok(k.suite(), k.benchmark(), k.params(), metrics)));
        return out;
    }

    /** The benchmark and params a name belongs to. */
    private record Key(String suite, String benchmark, Map<String, Object> params) {}

    /** A name taken apart into its benchmark and params and its metric. */
    private record Name(Key key, String metric) {}

    private Name name(String name, String suite) {
        var own = SeriesNames.parse(name);
        if (own.isPresent()) {
            var p = own.get();
            return new Name(new Key(p.suite(), p.benchmark(), p.params()), p.metric());
        }
        Matcher jmh = JMH_NAME.matcher(name);
        if (jmh.matches()) {
            Map<String, Object> params = jmhParams(jmh.group(2));
            if (params != null) {
                return new Name(new Key(suite, jmh.group(1), params), METRIC);
            }
        }
        return new Name(new Key(suite, name, Map.of()), METRIC);
    }

    /** The params of a JMH name's JSON, or null when it is not an object of plain values. */
    private static Map<String, Object> jmhParams(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            if (!node.isObject()) {
                return null;
            }
            Map<String, Object> params = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isValueNode()) {
                    return null;
                }
                params.put(e.getKey(), Params.value(e.getValue().asText()));
            }
            return params;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
