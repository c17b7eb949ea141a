package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * {@code benchmark_results.json} in github-action-benchmark's {@code customSmallerIsBetter} form:
 * an array of {@code {name, unit, value, range, extra}}, holding only metrics where smaller is
 * better (times, latencies, memory) of the benchmarks that ran.
 */
public final class GithubBenchmarkWriter implements ResultWriter {
    @Override
    public void write(RunRecord run, Path file) throws IOException {
        AtomicFiles.write(file, Json.pretty(entries(run)));
    }

    /** The entries, in run order. */
    static List<Map<String, Object>> entries(RunRecord run) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BenchmarkResult r : run.results()) {
            if (r.status() != Status.OK) {
                continue;
            }
            r.metrics().forEach((name, m) -> {
                if (m.direction() == Direction.LOWER_IS_BETTER) {
                    out.add(entry(r, name, m));
                }
            });
        }
        return out;
    }

    private static Map<String, Object> entry(BenchmarkResult r, String metric, Metric m) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", SeriesNames.name(r.suite(), r.benchmark(), metric, r.params()));
        e.put("unit", m.unit());
        e.put("value", m.value());
        e.put("range", String.format(Locale.ROOT, "± %.6g", (m.ci().get(1) - m.ci().get(0)) / 2));
        e.put(
                "extra",
                String.format(
                        Locale.ROOT,
                        "forks=%d samples=%d ci95=[%.6g, %.6g]",
                        m.forks(),
                        m.sampleCount(),
                        m.ci().get(0),
                        m.ci().get(1)));
        return e;
    }
}
