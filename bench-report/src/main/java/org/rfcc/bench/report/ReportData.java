package org.rfcc.bench.report;

import java.util.List;
import org.rfcc.bench.model.RunRecord;

/**
 * Everything the HTML report and the plots are built from: the run (with its comparison, if
 * any), the trends of its key series from the history, and whether the detailed parts are wanted.
 *
 * @param detailed add per-fork samples, distribution plots and the per-stage timing breakdown
 * @param historyRead whether the trends were looked up in a history (false: the report was made
 *     without one, as for a run that is not stored)
 * @param adoption the pre-commit check's adoption on main, or null when the report was made outside
 *     a repository with a main branch
 */
public record ReportData(
        RunRecord run, List<Trend> trends, boolean detailed, boolean historyRead, AdoptionReport adoption) {
    public ReportData {
        if (run == null) {
            throw new IllegalArgumentException("a report needs a run");
        }
        trends = List.copyOf(trends);
    }

    /** The report of {@code run} without the adoption of the pre-commit check. */
    public ReportData(RunRecord run, List<Trend> trends, boolean detailed, boolean historyRead) {
        this(run, trends, detailed, historyRead, null);
    }

    /** The report of {@code run} with {@code trends}, made without a history when they are empty. */
    public ReportData(RunRecord run, List<Trend> trends, boolean detailed) {
        this(run, trends, detailed, !trends.isEmpty());
    }
}
