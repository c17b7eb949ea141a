package org.rfcc.bench.report;

import java.util.Locale;

/**
 * The files a run can be written as, by the names of the config's {@code reporting.output_format}.
 * The run record itself ({@value ReportFiles#RUN_FILE}) is always written.
 */
public enum OutputFormat {
    /** {@code benchmark_results.json}: github-action-benchmark's customSmallerIsBetter form. */
    JSON("json", ReportFiles.RESULTS_FILE, new GithubBenchmarkWriter()),
    /** {@code benchmark_results.csv}: one row per benchmark, params and metric. */
    CSV("csv", ReportFiles.CSV_FILE, new CsvWriter()),
    /** {@code benchmark_summary.md}: for a pull request or the job summary. */
    MARKDOWN("markdown", ReportFiles.SUMMARY_FILE, new MarkdownSummaryWriter()),
    /** {@code benchmark_report.html}: the self-contained page, with the plots inline. */
    HTML("html", ReportFiles.HTML, null);

    private final String id;
    private final String fileName;
    private final ResultWriter writer;

    OutputFormat(String id, String fileName, ResultWriter writer) {
        this.id = id;
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The name in config.yaml, e.g. {@code markdown}. */
    public String id() {
        return id;
    }

    /** The file it writes, in the report directory. */
    public String fileName() {
        return fileName;
    }

    /** The writer of a run's own file; null for {@link #HTML}, which needs the plots and trends too. */
    ResultWriter writer() {
        return writer;
    }

    /** Parses a config name; fails naming the valid ones. */
    public static OutputFormat of(String id) {
        for (OutputFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown output format '" + id + "'; valid: json, csv, markdown, html");
    }
}
