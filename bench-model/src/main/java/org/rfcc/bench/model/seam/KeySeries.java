package org.rfcc.bench.model.seam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;

/**
 * A series of a run whose history the report plots as a trend.
 *
 * @param name the series name, {@link SeriesNames#name}
 * @param measured the metric as measured in this run: the current point of the trend
 */
public record KeySeries(
        String suite, String benchmark, Map<String, Object> params, String metric, String name, Metric measured) {
    /** The most key series a run has by default: one plot each. */
    public static final int MAX_DEFAULT = 24;

    /** The key series of {@code metric} in result {@code r}, when it has that metric. */
    public static List<KeySeries> of(BenchmarkResult r, String metric) {
        Metric m = r.metrics().get(metric);
        if (m == null || r.status() != Status.OK) {
            return List.of();
        }
        String name = SeriesNames.name(r.suite(), r.benchmark(), metric, r.params());
        return List.of(new KeySeries(r.suite(), r.benchmark(), r.params(), metric, name, m));
    }

    /**
     * The default: the primary metric (the first, JMH's {@code score}) of each successful result
     * of the suites {@code owned} accepts, at most {@value #MAX_DEFAULT}.
     */
    public static List<KeySeries> primaries(RunRecord run, Predicate<String> owned) {
        List<KeySeries> out = new ArrayList<>();
        for (BenchmarkResult r : run.results()) {
            if (out.size() < MAX_DEFAULT
                    && owned.test(r.suite())
                    && !r.metrics().isEmpty()) {
                out.addAll(of(r, r.metrics().keySet().iterator().next()));
            }
        }
        return out;
    }
}
