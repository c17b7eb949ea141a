package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * Writes the files of a run into a directory, each whole or not at all: the run record always,
 * then each {@link OutputFormat} asked for, and the plots. The plots are drawn once and go both
 * into {@value #PLOTS}/ (PNG and SVG) and inline into the HTML report.
 */
public final class ReportFiles {
    /** The run record's file name. */
    public static final String RUN_FILE = "benchmark_run.json";
    /** The github-action-benchmark file's default name. */
    public static final String RESULTS_FILE = "benchmark_results.json";
    /** The CSV file's name. */
    public static final String CSV_FILE = "benchmark_results.csv";
    /** The Markdown summary's file name. */
    public static final String SUMMARY_FILE = "benchmark_summary.md";
    /** The HTML report's file name. */
    public static final String HTML = "benchmark_report.html";
    /** The plots' directory name. */
    public static final String PLOTS = "benchmark_plots";

    private ReportFiles() {}

    /**
     * Writes {@code data}'s run into {@code dir}: the run record, the files of {@code formats}, and
     * the plots when {@code plots} (also inline in the HTML report); returns the paths written.
     *
     * @param githubOutput the github-action-benchmark file, or null for its default name in {@code dir}
     */
    public static List<Path> write(
            ReportData data, Path dir, Set<OutputFormat> formats, boolean plots, Path githubOutput) throws IOException {
        List<Path> written = new ArrayList<>();
        new RunRecordWriter().write(data.run(), dir.resolve(RUN_FILE));
        written.add(dir.resolve(RUN_FILE));
        for (OutputFormat f : OutputFormat.values()) {
            if (formats.contains(f) && f.writer() != null) {
                Path file = f == OutputFormat.JSON && githubOutput != null ? githubOutput : dir.resolve(f.fileName());
                f.writer().write(data.run(), file);
                written.add(file);
            }
        }
        written.addAll(write(data, dir, formats.contains(OutputFormat.HTML), plots));
        return written;
    }

    /**
     * Writes into {@code dir} the HTML report when {@code html}, and the plots (also inline in the
     * report) when {@code plots}; returns the paths written.
     */
    public static List<Path> write(ReportData data, Path dir, boolean html, boolean plots) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Plot> charts = plots ? Plots.of(data) : List.of();
        Map<String, String> svgs = Map.of();
        if (plots) {
            svgs = PlotWriter.writeAll(charts, dir.resolve(PLOTS));
            written.add(dir.resolve(PLOTS));
        }
        if (html) {
            List<Figure> figures = new ArrayList<>();
            for (Plot p : charts) {
                figures.add(new Figure(p.name(), p.title(), p.caption(), svgs.get(p.name()), p.trend()));
            }
            AtomicFiles.write(dir.resolve(HTML), HtmlReport.render(data, figures));
            written.add(dir.resolve(HTML));
        }
        return written;
    }
}
