package org.rfcc.bench.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.HistoryRow;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.io.Csv;

/**
 * How stored rows are shown: a table for the terminal, JSON (CONTRACT.md, {@code history --format
 * json}: the fields of {@link HistoryRow}) and CSV with the same columns for scripts.
 */
public enum HistoryFormat {
    TABLE {
        @Override
        public void write(List<HistoryRow> rows, PrintWriter out) {
            String line = "%-8s  %-20s  %-8s  %-10s  %-36s  %-44s  %-28s  %14s  %s%n";
            out.printf(
                    Locale.ROOT,
                    line,
                    "run",
                    "started",
                    "commit",
                    "profile",
                    "benchmark",
                    "params",
                    "metric",
                    "value",
                    "unit");
            for (HistoryRow r : rows) {
                out.printf(
                        Locale.ROOT,
                        line,
                        r.runId().substring(0, Math.min(8, r.runId().length())),
                        r.startedAt().toString().substring(0, 19) + "Z",
                        r.commit() == null ? "-" : r.commit().substring(0, 8),
                        r.profile(),
                        r.suite() + "/" + r.benchmark(),
                        SeriesNames.joined(r.params(), ";"),
                        r.metric(),
                        String.format(Locale.ROOT, "%.6g", r.value()),
                        r.unit());
            }
            out.printf(
                    Locale.ROOT,
                    "%d rows from %d runs%n",
                    rows.size(),
                    rows.stream().map(HistoryRow::runId).distinct().count());
        }
    },
    JSON {
        @Override
        public void write(List<HistoryRow> rows, PrintWriter out) {
            out.print(Json.pretty(rows));
        }
    },
    CSV {
        @Override
        public void write(List<HistoryRow> rows, PrintWriter out) {
            out.print("run_id,started_at,commit,branch,profile,source,machine,suite,benchmark,params,metric,unit,"
                    + "direction,value\n");
            for (HistoryRow r : rows) {
                out.print(Csv.row(List.of(
                        r.runId(),
                        r.startedAt().toString(),
                        String.valueOf(r.commit()),
                        String.valueOf(r.branch()),
                        r.profile(),
                        r.source(),
                        r.machine(),
                        r.suite(),
                        r.benchmark(),
                        SeriesNames.joined(r.params(), ";"),
                        r.metric(),
                        r.unit(),
                        r.direction(),
                        Double.toString(r.value()))));
            }
        }
    };

    /** Writes {@code rows} to {@code out}. */
    public abstract void write(List<HistoryRow> rows, PrintWriter out);
}
