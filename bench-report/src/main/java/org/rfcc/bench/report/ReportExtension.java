package org.rfcc.bench.report;

import java.util.List;
import org.rfcc.bench.model.RunRecord;

/**
 * What a provider of suites adds to the report beside its generic parts (results, regression
 * analysis, trends, system information, recommendations): the plots of its domain, the headline
 * tables of the executive summary and the detail tables of a detailed report. Found with {@link
 * java.util.ServiceLoader}; a run whose suites no extension knows gets the generic report.
 */
public interface ReportExtension {
    /** The plots of {@code data}'s run that this extension draws, in report order; none when it has no data for them. */
    List<Plot> plots(ReportData data);

    /** Appends the headline tables of {@code run} to the executive summary (HTML); nothing by default. */
    default void summary(StringBuilder html, RunRecord run) {}

    /** Appends detail tables of {@code run} to a detailed report's results (HTML); nothing by default. */
    default void details(StringBuilder html, RunRecord run) {}

    /** Short names of params in plot labels (e.g. {@code n} for a size), with what each means; none by default. */
    default List<ParamLabel> paramLabels() {
        return List.of();
    }

    /**
     * A short name of a param in crowded plot labels.
     *
     * @param meaning what the caption says of it, e.g. {@code n = input size in bytes}
     */
    record ParamLabel(String param, String shortName, String meaning) {}
}
