package org.rfcc.bench.report;

import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the report with what the page and the plot files need to show it. A JFreeChart is
 * mutable and not thread-safe: draw one plot from one thread at a time.
 *
 * @param name the file stem of {@code <name>.png} and {@code <name>.svg}: only {@code [a-z0-9_-]}
 * @param title what the chart is about, as a heading (the chart draws it too)
 * @param caption one sentence saying what is shown and how it was aggregated
 * @param chart the chart itself, drawn by {@link PlotWriter}
 * @param trend a trend from the history, shown with the regression analysis rather than the results
 */
public record Plot(String name, String title, String caption, JFreeChart chart, boolean trend) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,120}");

    public Plot {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a plot name must be 1 to 120 characters of [a-z0-9_-] (it is a file name), got '" + name + "'");
        }
        if (title == null || title.isBlank() || caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("plot '" + name + "' needs a title and a caption");
        }
        if (chart == null) {
            throw new IllegalArgumentException("plot '" + name + "' needs a chart");
        }
    }

    /** A plot of the run's own results. */
    public Plot(String name, String title, String caption, JFreeChart chart) {
        this(name, title, caption, chart, false);
    }
}
