package org.rfcc.bench.report;

import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.ProfileDiff;

/**
 * The report's regression analysis: the comparison with the base run (flagged and under-powered
 * metrics first, every compared metric behind a disclosure), then the recent trend of each key
 * series from the history with its change points.
 */
final class RegressionSection {
    private RegressionSection() {}

    static void render(StringBuilder h, ReportData data, Comparison comparison, List<Figure> trends) {
        h.append("<section id=\"regression-analysis\"><h2>Regression Analysis</h2>\n");
        if (comparison == null) {
            h.append("<p class=\"muted\">This run has no comparison. <code>rfcc-bench run --compare-with=REF</code>")
                    .append(" compares with another commit; <code>rfcc-bench compare BASE HEAD</code> compares two")
                    .append(" stored runs.</p>\n");
        } else {
            comparison(h, comparison);
        }
        h.append("<h3>Trends of the key metrics</h3>\n");
        if (data.trends().isEmpty() && !data.historyRead()) {
            h.append("<p class=\"muted\">No history to show: this report was made without the history (a run")
                    .append(" with <code>--no-store</code>, or a run file reported on its own).</p>\n");
        } else if (data.trends().isEmpty()) {
            h.append("<p class=\"muted\">No history to show: the history holds no other run of machine ")
                    .append(Html.text(data.run().machine().fingerprint()))
                    .append(" with profile ")
                    .append(Html.text(data.run().profile()))
                    .append(" that measured its key series.</p>\n");
        } else {
            changePoints(h, data.trends());
            ResultsSection.figures(h, trends);
        }
        h.append("</section>\n");
    }

    private static void comparison(StringBuilder h, Comparison c) {
        h.append("<p>Base run ")
                .append(Html.text(ref(c.base())))
                .append(" → head run ")
                .append(Html.text(ref(c.head())))
                .append(String.format(
                        Locale.ROOT,
                        "; significance by Benjamini–Hochberg at q = %s over the tested metrics.</p>%n",
                        Html.number(c.falseDiscoveryRate())));
        List<Change> flagged = c.changes().stream()
                .filter(ch -> ch.level() != Level.NONE || ch.kind() == Kind.IMPROVEMENT)
                .sorted(java.util.Comparator.comparing(Change::level).reversed())
                .toList();
        if (flagged.isEmpty()) {
            h.append("<p class=\"pass\">No metric changed significantly.</p>\n");
        } else {
            changes(h, "Changes", flagged);
        }
        if (!c.profileDiffs().isEmpty()) {
            h.append("<h3>Where the time went</h3><ul class=\"profile-diffs\">\n");
            for (ProfileDiff d : c.profileDiffs()) {
                h.append("<li><code>")
                        .append(Html.text(ComparisonFormat.series(d)))
                        .append("</code>: ")
                        .append(Html.text(d.where()));
                if (d.flamegraph() != null) {
                    h.append(" (<a href=\"")
                            .append(Html.text(d.flamegraph()))
                            .append("\">differential flamegraph</a>)");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        List<Change> weak = c.changes().stream()
                .filter(ch -> Boolean.TRUE.equals(ch.underpowered()))
                .toList();
        if (!weak.isEmpty()) {
            changes(h, "Under-powered metrics (a change of the warning size could go unseen)", weak);
        }
        h.append("<details><summary>All ").append(c.changes().size()).append(" compared metrics</summary>");
        changes(h, null, c.changes());
        h.append("</details>\n");
    }

    private static void changes(StringBuilder h, String title, List<Change> changes) {
        if (title != null) {
            h.append("<h3>").append(Html.text(title)).append("</h3>");
        }
        h.append("<table><thead><tr><th>series</th><th>base</th><th>head</th><th>change</th><th>95% interval</th>")
                .append("<th>q</th><th>level</th><th>noise</th><th>detectable</th><th>forks needed</th><th>note</th>")
                .append("</tr></thead><tbody>\n");
        for (Change ch : changes) {
            String level =
                    ch.kind() == Kind.IMPROVEMENT ? "improvement" : ch.level().id();
            h.append("<tr><td>")
                    .append(Html.text(Recommendations.series(ch)))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(ch.baseValue()))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(ch.headValue()))
                    .append("</td><td class=\"n\">")
                    .append(ch.changePct() == null ? "–" : Html.percent(ch.changePct()))
                    .append("</td><td class=\"n\">")
                    .append(
                            ch.ciPct() == null
                                    ? "–"
                                    : String.format(
                                            Locale.ROOT,
                                            "[%+.1f, %+.1f]%%",
                                            ch.ciPct().get(0),
                                            ch.ciPct().get(1)))
                    .append("</td><td class=\"n\">")
                    .append(ch.qValue() == null ? "–" : String.format(Locale.ROOT, "%.2g", ch.qValue()))
                    .append("</td><td class=\"")
                    .append(level)
                    .append("\">")
                    .append(level)
                    .append("</td><td class=\"n\">")
                    .append(ch.noisePct() == null ? "–" : String.format(Locale.ROOT, "%.1f%%", ch.noisePct()))
                    .append("</td><td class=\"n\">")
                    .append(ch.mdePct() == null ? "–" : String.format(Locale.ROOT, "%.1f%%", ch.mdePct()))
                    .append("</td><td class=\"n\">")
                    .append(ch.forksNeeded() == null ? "–" : ch.forksNeeded())
                    .append("</td><td>")
                    .append(ch.note() == null ? "" : Html.text(ch.note()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** One line per change point: where the series moved, by how much, in which run. */
    private static void changePoints(StringBuilder h, List<Trend> trends) {
        StringBuilder items = new StringBuilder();
        for (Trend t : trends) {
            for (int cp : t.changePoints()) {
                double before = mean(t.points().subList(0, cp));
                double after = mean(t.points().subList(cp, nextOrEnd(t, cp)));
                Trend.Point p = t.points().get(cp);
                items.append("<li>")
                        .append(Html.text(t.series()))
                        .append(": ")
                        .append(before == 0 ? "changed" : Html.percent(100 * (after - before) / before))
                        .append(" from run ")
                        .append(Html.text(p.runId()))
                        .append(" (")
                        .append(Html.text(
                                p.commit() == null
                                        ? "no commit"
                                        : p.commit()
                                                .substring(
                                                        0,
                                                        Math.min(10, p.commit().length()))))
                        .append(", ")
                        .append(Html.text(p.startedAt()))
                        .append(")</li>\n");
            }
        }
        h.append(
                items.length() == 0
                        ? "<p>No change point in the stored history of these series.</p>\n"
                        : "<p>Change points (where a series settled at a new level):</p><ul>" + items + "</ul>\n");
    }

    private static int nextOrEnd(Trend t, int cp) {
        return t.changePoints().stream()
                .filter(i -> i > cp)
                .findFirst()
                .orElse(t.points().size());
    }

    private static double mean(List<Trend.Point> points) {
        return points.stream().mapToDouble(Trend.Point::value).average().orElse(0);
    }

    private static String ref(Comparison.RunRef r) {
        return r.runId()
                + (r.commit() == null
                        ? ""
                        : " (" + r.commit().substring(0, Math.min(10, r.commit().length())) + ")");
    }
}
