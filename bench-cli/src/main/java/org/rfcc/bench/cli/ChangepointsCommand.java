package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.app.ChangeWatch;
import org.rfcc.bench.app.Histories;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.stats.ChangePoint;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench changepoints}: where stored series, or a CSV series, shifted to a new level. */
@Command(
        name = "changepoints",
        mixinStandardHelpOptions = true,
        description = {
            "Finds where series shifted to a new level: every stored series, or the series of --input.",
            "",
            "E-Divisive with means (the method of MongoDB and Apache Otava): recursive bisection at the split that"
                    + " maximises the energy distance of the two sides, kept when a two-sample t-test of the split is"
                    + " significant at --significance. A change point's index is the first point of the new segment."
                    + " For stored series each change point names the run and commit where the new level began. run"
                    + " prints the change points its run completes after it is stored."
        })
final class ChangepointsCommand extends BaseCommand {
    /** How the change points are printed. */
    enum Format {
        TABLE,
        JSON
    }

    @Option(
            names = "--input",
            paramLabel = "CSV",
            description = "A series: a value column and index, timestamp or commit (quoted cells may hold commas).")
    Path input;

    @Option(
            names = "--format",
            defaultValue = Defaults.LISTING_FORMAT,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--significance",
            description = "The p-value a split must reach (default: " + Defaults.CHANGE_SIGNIFICANCE + ").")
    Double significance;

    @Option(
            names = "--min-segment",
            description = "The fewest points a segment may have (default: " + Defaults.MIN_SEGMENT + ").")
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
        boolean json = format(format, Format.class) == Format.JSON;
        EDivisiveMeans detector;
        try {
            detector = new EDivisiveMeans(
                    significance == null ? Defaults.CHANGE_SIGNIFICANCE : significance,
                    minSegment == null ? Defaults.MIN_SEGMENT : minSegment);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (input != null) {
            printInput(Histories.changePoints(input, detector), json);
        } else {
            HistoryQuery query = new HistoryQuery(suite, benchmark, metric, Map.of(), null, null, null);
            printStored(new Histories(settings()).changePoints(query, profile, detector), json);
        }
        out().flush();
        return ExitCodes.OK;
    }

    private void printInput(List<ChangePoint> points, boolean json) {
        if (json) {
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
    }

    private void printStored(List<ChangeWatch.Found> found, boolean json) {
        if (json) {
            out().print(Json.pretty(Map.of("change_points", found)));
        } else if (found.isEmpty()) {
            out().println("no change point in the stored series");
        } else {
            out().printf(Locale.ROOT, "%9s  %-20s  %-10s  %s%n", "change", "began (UTC)", "commit", "series");
            for (ChangeWatch.Found f : found) {
                String commit = f.commit();
                out().printf(
                                Locale.ROOT,
                                "%+8.1f%%  %-20s  %-10s  %s%n",
                                f.point().changePct(),
                                f.startedAt().toString().substring(0, 19),
                                commit == null ? "-" : commit.substring(0, Math.min(10, commit.length())),
                                f.series());
            }
        }
    }
}
