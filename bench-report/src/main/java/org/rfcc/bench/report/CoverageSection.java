package org.rfcc.bench.report;

import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.Coverage;

/**
 * The report's benchmark coverage ({@code run --coverage}): line, branch and critical-path coverage,
 * the critical methods with their share of the representative workload's samples, the classes least
 * covered, and the methods no benchmark executed.
 */
public final class CoverageSection {
    /** Classes shown, least covered first. */
    static final int CLASSES = 40;

    private CoverageSection() {}

    /** One line: {@code line 83.1%, branch 71.0%, critical paths 92.3% (12 of 13)}. */
    public static String headline(Coverage c) {
        String critical = c.criticalPaths() == null
                ? "critical paths not measured (" + c.criticalReason() + ")"
                : String.format(
                        Locale.ROOT,
                        "critical paths %.1f%% (%d of %d)",
                        c.criticalPaths() * 100,
                        c.critical().size() - c.uncoveredCritical().size(),
                        c.critical().size());
        return String.format(
                Locale.ROOT,
                "benchmark coverage of %s: line %.1f%%, branch %.1f%%, %s",
                String.join(", ", c.packages()),
                c.line() * 100,
                c.branch() * 100,
                critical);
    }

    static void render(StringBuilder h, Coverage c) {
        if (c == null) {
            return;
        }
        h.append("<section id=\"benchmark-coverage\"><h2>Benchmark Coverage</h2><p>")
                .append(Html.text(headline(c)))
                .append("</p>\n");
        if (!c.critical().isEmpty()) {
            h.append("<h3>Critical paths (≥ 1% of the representative workload's CPU samples)</h3>")
                    .append("<table><thead><tr><th>method</th><th>share of samples</th><th>benchmarked</th></tr>")
                    .append("</thead><tbody>\n");
            for (Coverage.Critical m : c.critical()) {
                h.append("<tr><td><code>")
                        .append(Html.text(m.method()))
                        .append("</code></td><td class=\"n\">")
                        .append(String.format(Locale.ROOT, "%.1f%%", m.share() * 100))
                        .append("</td><td class=\"")
                        .append(m.covered() ? "pass\">yes" : "critical\">no")
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        List<Coverage.ClassCoverage> least = c.classes().stream()
                .sorted((a, b) -> Double.compare(a.line(), b.line()))
                .limit(CLASSES)
                .toList();
        h.append("<details><summary>")
                .append(c.classes().size())
                .append(" classes, least covered first</summary><table><thead><tr><th>class</th><th>lines</th>")
                .append("<th>line</th><th>branch</th></tr></thead><tbody>\n");
        for (Coverage.ClassCoverage k : least) {
            h.append(String.format(
                    Locale.ROOT,
                    "<tr><td><code>%s</code></td><td class=\"n\">%d</td><td class=\"n\">%.1f%%</td>"
                            + "<td class=\"n\">%.1f%%</td></tr>%n",
                    Html.text(k.name()),
                    k.lines(),
                    k.line() * 100,
                    k.branch() * 100));
        }
        h.append("</tbody></table></details>\n<details><summary>")
                .append(c.unexecutedMethods().size())
                .append(" methods no benchmark executed</summary><ul>");
        c.unexecutedMethods()
                .forEach(m -> h.append("<li><code>").append(Html.text(m)).append("</code></li>"));
        h.append("</ul></details></section>\n");
    }
}
