package org.rfcc.bench.report;

import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;

/**
 * The report's detailed results: the plots, then every benchmark with its params and metrics
 * (value, 95% interval, forks, samples) in one table that sorts and filters in the page; with
 * {@code detailed}, each fork's samples and the extensions' detail tables.
 */
final class ResultsSection {
    private ResultsSection() {}

    static void render(StringBuilder h, ReportData data, List<Figure> figures) {
        h.append("<section id=\"detailed-results\"><h2>Detailed Results</h2>\n");
        figures(h, figures);
        if (data.detailed()) {
            Extensions.all().forEach(e -> e.details(h, data.run()));
        }
        table(h, data);
        h.append("</section>\n");
    }

    /** Figures in a grid, each an inline SVG with its title and caption. */
    static void figures(StringBuilder h, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        h.append("<div class=\"grid\">");
        for (Figure f : figures) {
            h.append("<figure class=\"plot\" id=\"plot-")
                    .append(Html.text(f.name()))
                    .append("\">")
                    .append(f.svg())
                    .append("<figcaption><strong>")
                    .append(Html.text(f.title()))
                    .append("</strong>. ")
                    .append(Html.text(f.caption()))
                    .append("</figcaption></figure>\n");
        }
        h.append("</div>\n");
    }

    private static void table(StringBuilder h, ReportData data) {
        List<BenchmarkResult> results = data.run().results();
        int rows =
                results.stream().mapToInt(r -> Math.max(1, r.metrics().size())).sum();
        h.append("<h3>Every benchmark</h3><p class=\"controls\"><input id=\"results-filter\" type=\"search\"")
                .append(
                        " placeholder=\"Filter rows, e.g. a benchmark, a param or a metric\" aria-label=\"Filter rows\">")
                .append(" <span id=\"results-count\" class=\"muted\">")
                .append(rows)
                .append(" rows</span> <span class=\"muted\">Click a column to sort.</span></p>")
                .append(
                        "<div class=\"wide\"><table id=\"results-table\"><thead><tr><th>suite</th><th>benchmark</th><th>params</th>")
                .append("<th>metric</th><th data-type=\"number\">value</th><th>95% interval</th><th>unit</th>")
                .append("<th>better</th><th data-type=\"number\">forks</th><th data-type=\"number\">samples</th>");
        if (data.detailed()) {
            h.append("<th>samples per fork</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (BenchmarkResult r : results) {
            String head = "<tr><td>" + Html.text(r.suite()) + "</td><td>" + Html.text(r.benchmark()) + "</td><td>"
                    + Html.text(HtmlReport.params(r.params())) + "</td>";
            if (r.status() == Status.FAILED) {
                h.append(head)
                        .append("<td colspan=\"")
                        .append(data.detailed() ? 8 : 7)
                        .append("\" class=\"error\">failed: ")
                        .append(Html.text(r.error()))
                        .append("</td></tr>\n");
                continue;
            }
            r.metrics().forEach((name, m) -> {
                h.append(head).append("<td>").append(Html.text(name)).append("</td>");
                numberCell(h, m.value());
                h.append("<td class=\"n\">")
                        .append(
                                m.sampleCount() > 1
                                        ? "[" + Html.number(m.ci().get(0)) + ", " + Html.number(m.ci().get(1)) + "]"
                                        : "exact")
                        .append("</td><td>")
                        .append(Html.text(m.unit()))
                        .append("</td><td>")
                        .append(m.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                        .append("</td>");
                numberCell(h, m.forks());
                numberCell(h, m.sampleCount());
                if (data.detailed()) {
                    h.append("<td>").append(samples(m)).append("</td>");
                }
                h.append("</tr>\n");
            });
        }
        h.append("</tbody></table></div>\n");
    }

    private static void numberCell(StringBuilder h, double v) {
        h.append("<td class=\"n\" data-v=\"")
                .append(v)
                .append("\">")
                .append(Html.number(v))
                .append("</td>");
    }

    /** Each fork's samples, e.g. {@code f1: 1.2 1.3; f2: 1.1 1.2}. */
    private static String samples(Metric m) {
        StringBuilder s = new StringBuilder();
        for (int f = 0; f < m.samples().size(); f++) {
            s.append(f == 0 ? "" : "; ").append('f').append(f + 1).append(':');
            m.samples().get(f).forEach(v -> s.append(' ').append(Html.number(v)));
        }
        return s.toString();
    }
}
