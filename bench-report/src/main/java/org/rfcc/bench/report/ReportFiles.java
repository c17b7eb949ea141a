package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * Writes {@code benchmark_report.html} and {@code benchmark_plots/}, each whole or not at all:
 * the plots are drawn once and go both into the directory (PNG and SVG) and inline into the page.
 */
public final class ReportFiles {
    /** The HTML report's file name. */
    public static final String HTML = "benchmark_report.html";
    /** The plots' directory name. */
    public static final String PLOTS = "benchmark_plots";

    private ReportFiles() {}

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
                figures.add(new Figure(p.name(), p.title(), p.caption(), svgs.get(p.name())));
            }
            AtomicFiles.write(dir.resolve(HTML), HtmlReport.render(data, figures));
            written.add(dir.resolve(HTML));
        }
        return written;
    }
}
