package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.io.AtomicFiles;
import org.rfcc.bench.model.io.Csv;

/**
 * {@code benchmark_results.csv}: one row per (benchmark, params, metric) with the columns of
 * {@link #HEADER}; params as {@code k=v;k=v}. Failed benchmarks have no rows.
 */
public final class CsvWriter implements ResultWriter {
    /** The header row. */
    public static final String HEADER =
            "suite,benchmark,params,metric,unit,direction,value,ci_low,ci_high,forks,samples";

    @Override
    public void write(RunRecord run, Path file) throws IOException {
        AtomicFiles.write(file, render(run));
    }

    /** The CSV of {@code run}. */
    public static String render(RunRecord run) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (BenchmarkResult r : run.results()) {
            r.metrics().forEach((name, m) -> row(csv, r, name, m));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, BenchmarkResult r, String metric, Metric m) {
        List<String> cells = List.of(
                r.suite(),
                r.benchmark(),
                SeriesNames.joined(r.params(), ";"),
                metric,
                m.unit(),
                m.direction().id(),
                number(m.value()),
                number(m.ci().get(0)),
                number(m.ci().get(1)),
                Integer.toString(m.forks()),
                Integer.toString(m.sampleCount()));
        csv.append(Csv.row(cells));
    }

    /** Java's shortest round-trip form, the same in every locale. */
    private static String number(double v) {
        return Double.toString(v);
    }
}
