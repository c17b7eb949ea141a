package org.rfcc.bench.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
        private static final String LINE = "%-8s  %-20s  %-8s  %-10s  %-36s  %-44s  %-28s  %14s  %s%n";

        @Override
        public Sink open(PrintWriter out) {
            out.printf(
                    Locale.ROOT,
                    LINE,
                    "run",
                    "started",
                    "commit",
                    "profile",
                    "benchmark",
                    "params",
                    "metric",
                    "value",
                    "unit");
            Set<String> runs = new HashSet<>();
            long[] rows = {0};
            return new Sink() {
                @Override
                public void accept(HistoryRow r) {
                    rows[0]++;
                    runs.add(r.runId());
                    out.printf(
                            Locale.ROOT,
                            LINE,
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

                @Override
                public void close() {
                    out.printf(Locale.ROOT, "%d rows from %d runs%n", rows[0], runs.size());
                    out.flush();
                }
            };
        }
    },
    JSON {
        @Override
        public Sink open(PrintWriter out) {
            SequenceWriter array;
            try {
                array = Json.MAPPER
                        .writerWithDefaultPrettyPrinter()
                        .writeValues(new NonClosing(out))
                        .init(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Sink() {
                @Override
                public void accept(HistoryRow r) {
                    try {
                        array.write(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        array.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.println();
                    out.flush();
                }
            };
        }
    },
    CSV {
        @Override
        public Sink open(PrintWriter out) {
            out.print("run_id,started_at,commit,branch,profile,source,machine,suite,benchmark,params,metric,unit,"
                    + "direction,value\n");
            return new Sink() {
                @Override
                public void accept(HistoryRow r) {
                    out.print(Csv.row(List.of(
                            r.runId(),
                            r.startedAt().toString(),
                            Objects.toString(r.commit(), ""),
                            Objects.toString(r.branch(), ""),
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

                @Override
                public void close() {
                    out.flush();
                }
            };
        }
    };

    /** Takes the rows one at a time, as the history streams them; {@link #close} ends the listing. */
    public interface Sink extends Consumer<HistoryRow>, AutoCloseable {
        @Override
        void close();
    }

    /** A listing written to {@code out} row by row, so that a long history never has to fit in memory. */
    public abstract Sink open(PrintWriter out);

    /** Writes {@code rows} to {@code out}. */
    public void write(List<HistoryRow> rows, PrintWriter out) {
        try (Sink sink = open(out)) {
            rows.forEach(sink);
        }
    }

    /** {@code out} that Jackson may close when its array ends, without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
