package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * {@code benchmark_summary.md}: a short summary for a pull-request comment or
 * {@code $GITHUB_STEP_SUMMARY}: the verdict, the regressions of the run's comparison, the
 * threshold table and the failed benchmarks. Text from the data is escaped for Markdown tables.
 */
public final class MarkdownSummaryWriter implements ResultWriter {
    @Override
    public void write(RunRecord run, Path file) throws IOException {
        AtomicFiles.write(file, render(run));
    }

    /** The summary of {@code run} as Markdown. */
    public static String render(RunRecord run) {
        Comparison comparison = run.comparison();
        StringBuilder md = new StringBuilder();
        String commit = run.git() == null || run.git().commit() == null
                ? "no commit"
                : "`" + run.git().commit().substring(0, 10) + "`" + (run.git().dirty() ? " (dirty)" : "");
        md.append(String.format(
                Locale.ROOT, "## rfcc-bench: run `%s` (%s) at %s%n%n", cell(run.runId()), cell(run.profile()), commit));
        md.append("**").append(Verdict.of(run).text()).append("**\n");
        if (comparison == null) {
            md.append("\nNo comparison: run with `--compare-with=REF` to compare with another commit.\n");
        } else {
            md.append('\n').append(ComparisonFormat.MARKDOWN.render(comparison));
        }
        if (run.coverage() != null) {
            md.append("\n")
                    .append(cell(CoverageSection.headline(run.coverage())))
                    .append('\n');
            if (!run.coverage().uncoveredCritical().isEmpty()) {
                md.append("\nCritical methods no benchmark executed: ")
                        .append(String.join(
                                ", ",
                                run.coverage().uncoveredCritical().stream()
                                        .map(m -> "`" + m + "`")
                                        .toList()))
                        .append('\n');
            }
        }
        if (!run.thresholds().isEmpty()) {
            md.append(
                    "\n### Thresholds\n\n| threshold | limit | observed | result | benchmark |\n|---|---:|---:|---|---|\n");
            for (ThresholdCheck t : run.thresholds()) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %.4g | %s | %s | %s %s |%n",
                        cell(t.name()),
                        t.limit(),
                        t.observed() == null ? "n/a" : String.format(Locale.ROOT, "%.4g", t.observed()),
                        t.passed() ? "pass" : "**FAIL**",
                        cell(t.benchmark()),
                        cell(String.valueOf(t.params()))));
            }
        }
        List<BenchmarkResult> failed =
                run.results().stream().filter(r -> r.status() == Status.FAILED).toList();
        if (!failed.isEmpty()) {
            md.append("\n### Failed benchmarks\n\n| benchmark | params | error |\n|---|---|---|\n");
            for (BenchmarkResult r : failed) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s |%n",
                        cell(r.id()),
                        cell(String.valueOf(r.params())),
                        cell(r.error())));
            }
        }
        return md.toString();
    }

    /** Text from the data made safe in a Markdown table cell: no pipes, no line breaks, no markup. */
    static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("`", "\\`")
                .replaceAll("\\R", " ");
    }
}
