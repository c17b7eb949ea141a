package org.rfcc.bench.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.app.Dashboard;

/** The series filters of a query string: suite, benchmark, metric, machine, {@code param.NAME} and {@code q}. */
final class Queries {
    private static final String PARAM = "param.";

    private Queries() {}

    static Dashboard.SeriesFilter filter(Map<String, List<String>> query) {
        Map<String, String> params = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.startsWith(PARAM) && name.length() > PARAM.length() && !values.isEmpty()) {
                params.put(name.substring(PARAM.length()), values.get(0));
            }
        });
        return new Dashboard.SeriesFilter(
                one(query, "suite"),
                one(query, "benchmark"),
                one(query, "metric"),
                one(query, "machine"),
                params,
                one(query, "q"));
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
