package org.rfcc.bench.report;

import java.util.List;
import org.rfcc.bench.model.RunRecord;

/**
 * Everything the HTML report and the plots are built from: the run (with its comparison, if
 * any), the trends of its key series from the history, and whether the detailed parts are wanted.
 *
 * @param detailed add per-fork samples, distribution plots and the per-stage timing breakdown
 */
public record ReportData(RunRecord run, List<Trend> trends, boolean detailed) {
    public ReportData {
        if (run == null) {
            throw new IllegalArgumentException("a report needs a run");
        }
        trends = List.copyOf(trends);
    }
}
