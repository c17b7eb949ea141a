package org.rfcc.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.app.ChangeWatch;
import org.rfcc.bench.app.RunOutcome;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.report.ComparisonFormat;
import org.rfcc.bench.report.CoverageSection;
import org.rfcc.bench.stats.ChangePoint;

/** How {@code run} shows what it did: the files, the history, the change points, the summary and the verdict. */
final class RunPrinter {
    private RunPrinter() {}

    static void print(PrintWriter out, RunOutcome o) {
        files(out, o.files(), o.reportSeconds());
        if (o.storedBase() != null) {
            out.println("stored base run " + o.storedBase().runId());
        }
        if (o.storedIn() != null) {
            out.println("stored run " + o.run().runId() + " in " + o.storedIn());
        }
        if (o.pruned() > 0) {
            out.println("pruned " + o.pruned() + " runs past history.retention_months");
        }
        for (ChangeWatch.Found f : o.changePoints()) {
            out.println(changePoint(f));
        }
        summary(out, o.run());
        if (o.run().coverage() != null) {
            out.println(CoverageSection.headline(o.run().coverage()));
            if (!o.run().coverage().uncoveredCritical().isEmpty()) {
                out.println("critical methods no benchmark executed: "
                        + String.join(", ", o.run().coverage().uncoveredCritical()));
            }
        }
        if (o.comparison() != null) {
            out.println();
            out.print(ComparisonFormat.TABLE.render(o.comparison()));
        }
        out.flush();
    }

    /** {@code wrote FILE} for each file, then how long the report took. */
    static void files(PrintWriter out, List<Path> files, double seconds) {
        for (Path p : files) {
            out.println("wrote " + p + (Files.isDirectory(p) ? "/" : ""));
        }
        out.printf(Locale.ROOT, "built the report in %.2f s%n", seconds);
    }

    /**
     * {@code change point: SERIES moved +x% starting with run R (commit, date)}, or {@code suspected change point: …}
     * when only the newest runs show it.
     */
    static String changePoint(ChangeWatch.Found f) {
        String commit = f.first().commit();
        return String.format(
                Locale.ROOT,
                "%schange point: %s moved %+.1f%% starting with run %s (%s, %s)",
                f.point().state() == ChangePoint.State.SUSPECTED ? "suspected " : "",
                f.series(),
                f.point().changePct(),
                f.first().runId(),
                commit == null ? "no commit" : commit.substring(0, Math.min(10, commit.length())),
                f.first().startedAt());
    }

    /** The run's id, its benchmarks ok, its GPU, its failures and its thresholds. */
    static void summary(PrintWriter out, RunRecord run) {
        long ok = run.results().stream().filter(r -> r.status() == Status.OK).count();
        out.printf(
                Locale.ROOT,
                "%nrun %s (%s): %d of %d benchmarks ok%n",
                run.runId(),
                run.profile(),
                ok,
                run.results().size());
        String gpu = run.machine().gpu();
        out.println("GPU: "
                + (gpu == null
                        ? "none found (ran on the CPU)"
                        : gpu + (run.machine().gpuInUse() ? " (in use)" : " (found, not used: cpu_only is true)")));
        for (BenchmarkResult r : run.results()) {
            if (r.status() == Status.FAILED) {
                out.printf(Locale.ROOT, "  FAILED %s %s: %s%n", r.id(), r.params(), r.error());
            }
        }
        if (!run.thresholds().isEmpty()) {
            out.printf(Locale.ROOT, "%n%-45s %12s %12s  %s%n", "threshold", "limit", "observed", "result");
            for (ThresholdCheck t : run.thresholds()) {
                out.printf(
                        Locale.ROOT,
                        "%-45s %12.4g %12.4g  %s%n",
                        t.name(),
                        t.limit(),
                        t.observed(),
                        (t.passed() ? "pass" : "FAIL") + "  (" + t.benchmark() + " " + t.params() + ")");
            }
        }
    }
}
