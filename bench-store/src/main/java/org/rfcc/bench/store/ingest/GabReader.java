package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Params;

/**
 * Reads github-action-benchmark's custom JSON: an array of {@code {name, unit, value, range, extra}}.
 *
 * <p>A plain name becomes benchmark {@code name} of suite {@value #SUITE} with the one metric
 * {@value #METRIC}. A name in the form {@code run} writes, {@code suite/benchmark/metric[k=v,…]},
 * is split back, and the entries of one benchmark and params become one result with several
 * metrics. The file says nothing of direction, so the caller gives it.
 */
final class GabReader {
    /** The suite of entries whose names are not in our form. */
    static final String SUITE = "github-action-benchmark";

    /** The metric of entries whose names are not in our form. */
    static final String METRIC = "value";

    private static final Pattern OWN_NAME =
            Pattern.compile("([^/\\[\\]]+)/([^/\\[\\]]+)/([^/\\[\\]]+)(?:\\[([^\\[\\]]+)])?");

    private GabReader() {}

    /** True when {@code first} looks like a github-action-benchmark entry. */
    static boolean recognises(JsonNode first) {
        return first.has("name") && first.has("value");
    }

    /** The results, one per benchmark and params, in the order of their first entries. */
    static List<BenchmarkResult> results(JsonNode array, Direction direction, String file) {
        Map<Key, Map<String, Metric>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            String where = "entry " + (i + 1);
            if (!entry.isObject()) {
                throw new IngestException(file, where + " is " + entry + ", not a {name, unit, value} object");
            }
            String name = Fields.text(entry, "name", "name", where, file);
            where = where + " (" + name + ")";
            String unit = Fields.text(entry, "unit", "unit", where, file);
            double value = Fields.finite(entry.get("value"), "value", where, file);
            Name parsed = Name.of(name);
            Map<String, Metric> metrics = grouped.computeIfAbsent(parsed.key(), k -> new LinkedHashMap<>());
            if (metrics.put(parsed.metric(), Metric.exact(unit, direction, value)) != null) {
                throw new IngestException(file, where + " repeats an earlier entry of the same name");
            }
        }
        List<BenchmarkResult> out = new ArrayList<>();
        grouped.forEach((k, metrics) -> out.add(BenchmarkResult.ok(k.suite(), k.benchmark(), k.params(), metrics)));
        return out;
    }

    /** The benchmark and params a name belongs to. */
    private record Key(String suite, String benchmark, Map<String, Object> params) {}

    /** A name taken apart into its benchmark and params and its metric. */
    private record Name(Key key, String metric) {
        static Name of(String name) {
            Matcher m = OWN_NAME.matcher(name);
            if (m.matches()) {
                Map<String, Object> params = m.group(4) == null ? Map.of() : params(m.group(4));
                if (params != null) {
                    return new Name(new Key(m.group(1), m.group(2), params), m.group(3));
                }
            }
            return new Name(new Key(SUITE, name, Map.of()), METRIC);
        }

        /** {@code k=v,…} in order, or null when the text is not in that form. */
        private static Map<String, Object> params(String text) {
            Map<String, Object> params = new LinkedHashMap<>();
            for (String pair : text.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || params.put(pair.substring(0, eq), Params.value(pair.substring(eq + 1))) != null) {
                    return null;
                }
            }
            return params;
        }
    }
}
