package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.stats.SeriesCsv;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench changepoints}: where stored series, or a CSV series, shifted to a new level. */
@Command(
        name = "changepoints",
        mixinStandardHelpOptions = true,
        description = {
            "Finds where series shifted to a new level: every stored series, or the series of --input.",
            "",
            "E-Divisive with means (the method of MongoDB and Apache Otava): recursive bisection at the split that maximises the energy distance of the two sides, kept when a two-sample t-test of the split is significant at --significance. A change point's index is the first point of the new segment. For stored series each change point names the run and commit where the new level began. run prints the change points its run completes after it is stored."
        })
final class ChangepointsCommand extends BaseCommand {
    @Option(
            names = "--input",
            paramLabel = "CSV",
            description = "A series: a value column and index, timestamp or commit.")
    Path input;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--significance",
            description = "The p-value a split must reach (default: " + EDivisiveMeans.DEFAULT_SIGNIFICANCE + ").")
    Double significance;

    @Option(
            names = "--min-segment",
            description = "The fewest points a segment may have (default: " + EDivisiveMeans.DEFAULT_MIN_SEGMENT + ").")
    Integer minSegment;

    @Option(names = "--suite", description = "Only stored series of this suite.")
    String suite;

    @Option(names = "--benchmark", description = "Only stored series of this benchmark.")
    String benchmark;

    @Option(names = "--metric", description = "Only stored series of this metric.")
    String metric;

    @Option(names = "--profile", description = "Only stored series of this profile.")
    String profile;

    @Override
    protected int doCall() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new UserException("--format must be table or json, got '" + format + "'");
        }
        EDivisiveMeans detector;
        try {
            detector = new EDivisiveMeans(
                    significance == null ? EDivisiveMeans.DEFAULT_SIGNIFICANCE : significance,
                    minSegment == null ? EDivisiveMeans.DEFAULT_MIN_SEGMENT : minSegment);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (input != null) {
            double[] values;
            try {
                values = SeriesCsv.read(input);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            printInput(detector.detect(values));
            return ExitCodes.OK;
        }
        try (HistoryStore store = openStore()) {
            HistoryQuery query = new HistoryQuery(suite, benchmark, metric, Map.of(), null, null, null);
            printStored(ChangeWatch.detect(store, query, profile, detector));
        }
        return ExitCodes.OK;
    }

    private void printInput(List<ChangePoint> points) {
        if (format.equals("json")) {
            out().print(Json.pretty(Map.of("change_points", points)));
        } else if (points.isEmpty()) {
            out().println("no change point");
        } else {
            out().printf(Locale.ROOT, "%6s %14s %14s %9s %10s%n", "index", "before", "after", "change", "p");
            for (ChangePoint p : points) {
                out().printf(
                                Locale.ROOT,
                                "%6d %14.6g %14.6g %+8.1f%% %10.2g%n",
                                p.index(),
                                p.beforeMean(),
                                p.afterMean(),
                                p.changePct(),
                                p.pValue());
            }
        }
        out().flush();
    }

    private void printStored(List<ChangeWatch.Found> found) {
        if (format.equals("json")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ChangeWatch.Found f : found) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("series", f.series());
                row.put("machine", f.machine());
                row.put("profile", f.profile());
                row.put("run_id", f.first().runId());
                row.put("commit", f.first().commit());
                row.put("started_at", f.first().startedAt());
                row.put("change_point", f.point());
                rows.add(row);
            }
            out().print(Json.pretty(Map.of("change_points", rows)));
        } else if (found.isEmpty()) {
            out().println("no change point in the stored series");
        } else {
            out().printf(Locale.ROOT, "%9s  %-20s  %-10s  %s%n", "change", "began (UTC)", "commit", "series");
            for (ChangeWatch.Found f : found) {
                String commit = f.first().commit();
                out().printf(
                                Locale.ROOT,
                                "%+8.1f%%  %-20s  %-10s  %s%n",
                                f.point().changePct(),
                                f.first().startedAt().toString().substring(0, 19),
                                commit == null ? "-" : commit.substring(0, Math.min(10, commit.length())),
                                f.series());
            }
        }
        out().flush();
    }
}
