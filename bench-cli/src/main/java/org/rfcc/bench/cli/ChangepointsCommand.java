package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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
            "E-Divisive with means (the method of MongoDB and Apache Otava) proposes change points: recursive"
                    + " bisection at the split that maximises the energy distance of the two sides, while a t-test of"
                    + " the split is significant at --significance. Each is then kept only while a step on a straight"
                    + " line, tested with the long-run (autocorrelation-aware) variance of winsorized values, is"
                    + " significant beside its neighbours: a trend, a season, autocorrelated noise or a spike is not"
                    + " a change. Such change points are confirmed. A series' newest 2 or 3 points that all lie"
                    + " beyond its noise on one side, by at least the warning threshold of the metric's class, are a"
                    + " suspected change, before there are points enough to confirm it.",
            "",
            "A change point's index is the first point of the new segment; each has the means before and after,"
                    + " the change with its 95%% interval, the p-value and its state. For stored series it names the"
                    + " run and commit where the new level began; --format json adds the method's settings. --input"
                    + " also reads history --format csv, one series per suite, benchmark, params, metric, machine"
                    + " and profile. run prints the change points its run completes after it is stored."
        })
final class ChangepointsCommand extends BaseCommand {
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
        boolean json = format(format, ListFormat.class) == ListFormat.JSON;
        EDivisiveMeans detector;
        try {
            detector = new EDivisiveMeans(
                    significance == null ? Defaults.CHANGE_SIGNIFICANCE : significance,
                    minSegment == null ? Defaults.MIN_SEGMENT : minSegment);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (input != null) {
            printInput(Histories.changePoints(input, detector), detector, json);
        } else {
            HistoryQuery query = new HistoryQuery(suite, benchmark, metric, Map.of(), null, null, null);
            printStored(new Histories(settings()).changePoints(query, profile, detector), detector, json);
        }
        out().flush();
        return ExitCodes.OK;
    }

    private void printInput(Map<String, List<ChangePoint>> series, EDivisiveMeans detector, boolean json) {
        if (json) {
            out().print(Json.pretty(ChangeWatch.document(detector, series)));
            return;
        }
        if (series.values().stream().allMatch(List::isEmpty)) {
            out().println(series.size() == 1 ? "no change point" : "no change point in " + series.size() + " series");
            return;
        }
        boolean named = !(series.size() == 1 && series.containsKey(""));
        out().printf(
                        Locale.ROOT,
                        "%6s  %-9s  %14s  %14s  %9s  %19s  %9s%s%n",
                        "index",
                        "state",
                        "before",
                        "after",
                        "change",
                        "95% interval",
                        "p",
                        named ? "  series" : "");
        series.forEach((name, points) -> {
            for (ChangePoint p : points) {
                out().printf(
                                Locale.ROOT,
                                "%6d  %-9s  %14.6g  %14.6g  %+8.1f%%  %19s  %9.2g%s%n",
                                p.index(),
                                p.state().id(),
                                p.beforeMean(),
                                p.afterMean(),
                                p.changePct(),
                                interval(p),
                                p.pValue(),
                                named ? "  " + name : "");
            }
        });
    }

    /** {@code [-12.3, -4.5]%}. */
    private static String interval(ChangePoint p) {
        return String.format(Locale.ROOT, "[%+.1f, %+.1f]%%", p.changeLowPct(), p.changeHighPct());
    }

    private void printStored(List<ChangeWatch.Found> found, EDivisiveMeans detector, boolean json) {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("method", ChangeWatch.method(detector));
            doc.put("change_points", found);
            out().print(Json.pretty(doc));
        } else if (found.isEmpty()) {
            out().println("no change point in the stored series");
        } else {
            out().printf(
                            Locale.ROOT,
                            "%9s  %19s  %-9s  %9s  %-20s  %-8s  %-10s  %s%n",
                            "change",
                            "95% interval",
                            "state",
                            "p",
                            "began (UTC)",
                            "run",
                            "commit",
                            "series");
            for (ChangeWatch.Found f : found) {
                String commit = f.commit();
                out().printf(
                                Locale.ROOT,
                                "%+8.1f%%  %19s  %-9s  %9.2g  %-20s  %-8s  %-10s  %s%n",
                                f.point().changePct(),
                                interval(f.point()),
                                f.point().state().id(),
                                f.point().pValue(),
                                f.startedAt().toString().substring(0, 19),
                                f.runId().substring(0, Math.min(8, f.runId().length())),
                                commit == null ? "-" : commit.substring(0, Math.min(10, commit.length())),
                                f.series());
            }
        }
    }
}
