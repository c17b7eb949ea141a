package org.rfcc.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Level;

/**
 * {@code benchmark_report.html}: one self-contained page (inline CSS, inline SVG plots, a few
 * lines of inline script to sort and filter) in five sections: executive summary, detailed
 * results, regression analysis, system information, recommendations. Every text that comes from
 * the data is escaped; the page asks for nothing over the network.
 */
public final class HtmlReport {
    static final String STYLE =
            """
            :root{--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--muted:#57606a;--line:#d0d7de;--head:#f6f8fa}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;\
            max-width:1280px;margin:0 auto;padding:24px}
            h1{font-size:24px;margin:0 0 4px}h2{border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:40px}
            h3{margin-top:24px}.muted,figcaption{color:var(--muted)}
            nav a{margin-right:14px}
            table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid var(--line);padding:3px 8px;\
            text-align:left;vertical-align:top}th{background:var(--head)}td.n{text-align:right;\
            font-variant-numeric:tabular-nums;white-space:nowrap}
            .verdict{padding:12px 16px;border-radius:6px;font-weight:600;font-size:16px}
            .verdict.ok{background:#dafbe1;color:var(--ok)}.verdict.bad{background:#ffebe9;color:var(--bad)}
            .pass{color:var(--ok);font-weight:600}.fail,.critical,.error{color:var(--bad);font-weight:600}
            .warning{color:var(--warn);font-weight:600}.improvement{color:var(--ok)}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:12px 24px}
            figure.plot{margin:8px 0;break-inside:avoid}figure.plot svg{display:block;width:100%;height:auto}
            #results-table th{cursor:pointer;user-select:none}#results-table th[aria-sort=ascending]::after{content:" ▲"}
            #results-table th[aria-sort=descending]::after{content:" ▼"}
            .wide{overflow-x:auto}.controls{margin:8px 0}.controls input{font:inherit;padding:4px 8px;width:320px}
            pre{background:var(--head);padding:8px;overflow:auto;max-height:480px}
            @media print{.controls,nav{display:none}body{max-width:none;padding:0}pre{max-height:none}.wide{overflow:visible}\
            h2{break-after:avoid}tr{break-inside:avoid}}
            """;
    private static final String SCRIPT =
            """
            (function(){var t=document.getElementById('results-table');if(!t)return;
            var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),f=document.getElementById('results-filter'),
            count=document.getElementById('results-count');
            f.addEventListener('input',function(){var q=f.value.toLowerCase(),n=0;rows.forEach(function(r){
            var show=r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!show;if(show)n++;});
            count.textContent=n+' of '+rows.length+' rows';});
            var heads=t.tHead.rows[0].cells;Array.prototype.forEach.call(heads,function(th,i){
            th.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';
            Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
            th.setAttribute('aria-sort',asc?'ascending':'descending');var num=th.dataset.type==='number';
            rows.sort(function(a,b){var x=a.cells[i],y=b.cells[i];x=x?(x.dataset.v||x.textContent):'';
            y=y?(y.dataset.v||y.textContent):'';var c=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y);
            return asc?c:-c;});rows.forEach(function(r){body.appendChild(r);});});});})();
            """;

    private HtmlReport() {}

    /** The page for {@code data} with {@code figures} placed in their sections. */
    public static String render(ReportData data, List<Figure> figures) {
        RunRecord run = data.run();
        Comparison comparison = run.comparison();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>rfcc-bench report ")
                .append(Html.text(run.runId()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<header><h1>rfcc-bench report</h1><p class=\"muted\">run ")
                .append(Html.text(run.runId()))
                .append(" · profile ")
                .append(Html.text(run.profile()))
                .append(" · ")
                .append(Html.text(commit(run)))
                .append(" · started ")
                .append(Html.text(run.startedAt()))
                .append("</p><nav><a href=\"#executive-summary\">Executive Summary</a>")
                .append("<a href=\"#detailed-results\">Detailed Results</a>")
                .append("<a href=\"#regression-analysis\">Regression Analysis</a>")
                .append("<a href=\"#system-information\">System Information</a>")
                .append("<a href=\"#recommendations\">Recommendations</a></nav></header>\n");
        executiveSummary(h, data, comparison);
        ResultsSection.render(h, data, figures.stream().filter(f -> !f.trend()).toList());
        RegressionSection.render(
                h, data, comparison, figures.stream().filter(Figure::trend).toList());
        CoverageSection.render(h, run.coverage());
        systemInformation(h, run);
        recommendations(h, data);
        h.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void executiveSummary(StringBuilder h, ReportData data, Comparison comparison) {
        RunRecord run = data.run();
        Verdict verdict = Verdict.of(run);
        h.append("<section id=\"executive-summary\"><h2>Executive Summary</h2>\n<p class=\"verdict ")
                .append(verdict.fit() ? "ok" : "bad")
                .append("\">")
                .append(Html.text(verdict.text()))
                .append("</p>\n");
        Extensions.all().forEach(e -> e.summary(h, run));
        if (!run.thresholds().isEmpty()) {
            h.append("<h3>Thresholds</h3><table><thead><tr><th>threshold</th><th>limit</th><th>observed</th>")
                    .append("<th>result</th><th>where</th></tr></thead><tbody>\n");
            for (ThresholdCheck t : run.thresholds()) {
                h.append("<tr><td>")
                        .append(Html.text(t.name()))
                        .append("</td><td class=\"n\">")
                        .append(Html.number(t.limit()))
                        .append("</td><td class=\"n\">")
                        .append(t.observed() == null ? "n/a" : Html.number(t.observed()))
                        .append("</td><td class=\"")
                        .append(t.passed() ? "pass\">pass" : "fail\">FAIL")
                        .append("</td><td>")
                        .append(Html.text(t.benchmark() + " " + params(t.params())))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h3>Regressions</h3>");
        if (comparison == null) {
            h.append("<p class=\"muted\">No comparison: run with <code>--compare-with=REF</code> to compare with")
                    .append(" another commit.</p>\n");
        } else {
            var s = comparison.summary();
            h.append(String.format(
                    Locale.ROOT,
                    "<p><span class=\"critical\">%d critical</span>, <span class=\"warning\">%d warning</span>,"
                            + " %d info, <span class=\"improvement\">%d improvements</span> over %d metrics"
                            + " (%d under-powered).</p>%n",
                    s.critical(),
                    s.warning(),
                    s.info(),
                    s.improvements(),
                    comparison.changes().size(),
                    s.underpowered()));
            List<Change> worst = Recommendations.regressions(comparison).stream()
                    .filter(c -> c.level().atLeast(Level.WARNING))
                    .limit(5)
                    .toList();
            if (!worst.isEmpty()) {
                h.append("<p>Worst:</p><ul>");
                for (Change c : worst) {
                    h.append("<li><span class=\"")
                            .append(c.level().id())
                            .append("\">")
                            .append(c.level().id())
                            .append("</span> ")
                            .append(Html.text(Recommendations.series(c)))
                            .append(' ')
                            .append(c.changePct() == null ? "" : Html.percent(c.changePct()))
                            .append("</li>");
                }
                h.append("</ul>\n");
            }
        }
        adoption(h, data.adoption());
        h.append("</section>\n");
    }

    /** The share of main's recent commits checked before they were made, and per author. */
    private static void adoption(StringBuilder h, AdoptionReport a) {
        if (a == null) {
            return;
        }
        h.append("<h3>Pre-commit check adoption</h3>\n");
        if (a.commits() == 0) {
            h.append("<p class=\"muted\">No commits on ")
                    .append(Html.text(a.branch()))
                    .append(" in the last ")
                    .append(Html.text(a.since()))
                    .append(".</p>\n");
            return;
        }
        h.append(String.format(
                Locale.ROOT,
                "<p id=\"adoption\"><span class=\"%s\">%d of %d commits (%.0f%%)</span> on %s in the last %s had the"
                        + " pre-commit check before they were made; the goal is more than %.0f%%.%s</p>%n",
                a.meetsGoal() ? "pass" : "fail",
                a.checked(),
                a.commits(),
                100 * a.share(),
                Html.text(a.branch()),
                Html.text(a.since()),
                100 * AdoptionReport.GOAL,
                a.meetsGoal() ? "" : " <code>rfcc-bench hooks install</code> runs it before each commit."));
        h.append("<table><thead><tr><th>author (SHA-256 of the email)</th><th>commits</th><th>checked</th>")
                .append("<th>share</th></tr></thead><tbody>\n");
        for (AdoptionReport.Author author : a.authors()) {
            h.append(String.format(
                    Locale.ROOT,
                    "<tr><td><code>%s</code></td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
                            + "<td class=\"n\">%.0f%%</td></tr>%n",
                    Html.text(author.author()),
                    author.commits(),
                    author.checked(),
                    100 * author.share()));
        }
        h.append("</tbody></table>\n");
    }

    private static void systemInformation(StringBuilder h, RunRecord run) {
        h.append("<section id=\"system-information\"><h2>System Information</h2>\n<table><tbody>");
        row(h, "run", run.runId() + " (" + run.profile() + ", source " + run.source() + ")");
        row(h, "started / finished", run.startedAt() + " / " + run.finishedAt());
        row(
                h,
                "git",
                commit(run)
                        + (run.git() == null || run.git().branch() == null
                                ? ""
                                : " on " + run.git().branch()));
        Machine m = run.machine();
        if (!includeSystemInfo(run)) {
            h.append("</tbody></table><p class=\"muted\">Machine details omitted: reporting.include_system_info is")
                    .append(" false in the config.</p>");
        } else {
            row(h, "machine fingerprint", m.fingerprint());
            known(h, "OS", m.os());
            known(
                    h,
                    "CPU",
                    m.cpuModel() == null
                            ? null
                            : m.cpuModel() + (m.cpuCores() > 0 ? ", " + m.cpuCores() + " cores" : ""));
            known(
                    h,
                    "memory",
                    m.memoryBytes() > 0
                            ? String.format(Locale.ROOT, "%.1f GiB", m.memoryBytes() / (double) (1L << 30))
                            : null);
            known(h, "JVM", m.jvm());
            row(h, "JVM flags", m.jvmFlags().isEmpty() ? "(none)" : String.join(" ", m.jvmFlags()));
            known(h, "garbage collector", m.gc());
            if (m.os() != null || m.cpuModel() != null) {
                row(h, "GPU", m.gpu() == null ? "none found" : m.gpu() + (m.gpuInUse() ? " (in use)" : " (not used)"));
            }
            h.append("</tbody></table>");
        }
        h.append("<h3>Effective configuration</h3><pre>")
                .append(Html.text(config(run)))
                .append("</pre></section>\n");
    }

    private static void recommendations(StringBuilder h, ReportData data) {
        List<Recommendation> found = Recommendations.of(data);
        h.append("<section id=\"recommendations\"><h2>Recommendations</h2>\n");
        if (found.isEmpty()) {
            h.append("<p>None: no rule found anything in this run.</p>");
        } else {
            h.append("<ul>");
            for (Recommendation r : found) {
                h.append("<li><strong>")
                        .append(Html.text(r.rule()))
                        .append("</strong>: ")
                        .append(Html.text(r.text()))
                        .append("</li>\n");
            }
            h.append("</ul>");
        }
        h.append("<p class=\"muted\">Rules checked: ");
        for (org.rfcc.bench.model.seam.Rule rule : Recommendations.checked()) {
            h.append(rule.id()).append(" (").append(Html.text(rule.checks())).append("); ");
        }
        h.setLength(h.length() - 2);
        h.append(".</p></section>\n");
    }

    /** A row only when its value is known: an imported run knows little of its machine. */
    private static void known(StringBuilder h, String name, Object value) {
        if (value != null) {
            row(h, name, value);
        }
    }

    static void row(StringBuilder h, String name, Object value) {
        h.append("<tr><th>")
                .append(Html.text(name))
                .append("</th><td>")
                .append(Html.text(value))
                .append("</td></tr>");
    }

    /** Params as {@code name=value, …}. */
    static String params(Map<String, Object> params) {
        return org.rfcc.bench.model.SeriesNames.joined(params, ", ");
    }

    private static String commit(RunRecord run) {
        if (run.git() == null || run.git().commit() == null) {
            return "no commit";
        }
        return "commit "
                + run.git()
                        .commit()
                        .substring(0, Math.min(10, run.git().commit().length()))
                + (run.git().dirty() ? " (dirty)" : "");
    }

    private static boolean includeSystemInfo(RunRecord run) {
        return !(run.config().get("reporting") instanceof Map<?, ?> reporting)
                || !Boolean.FALSE.equals(reporting.get("include_system_info"));
    }

    private static String config(RunRecord run) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(run.config());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the config of run " + run.runId() + " is not JSON", e);
        }
    }
}
