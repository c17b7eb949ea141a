package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rfcc.bench.model.RunRecord;

/**
 * The plots of a benchmark report, each built only when the run has its data (failed results
 * are skipped): first those of the {@link ReportExtension}s for their suites, then {@code
 * trend_<i>} for the i-th trend (from 0), and in a detailed report {@code distribution_<metric>}.
 * Names are unique and safe as file names whatever the data says.
 */
public final class Plots {
    /** The longest part of a plot name taken from data (a model or metric name). */
    private static final int MAX_SLUG = 60;

    private Plots() {}

    /** Every plot {@code data} has the data for, in report order, with unique names. */
    public static List<Plot> of(ReportData data) {
        PlotStyle.headless();
        RunRecord run = data.run();
        List<Plot> plots = new ArrayList<>();
        Extensions.all().forEach(e -> plots.addAll(e.plots(data)));
        plots.addAll(TrendCharts.of(data.trends()));
        if (data.detailed()) {
            plots.addAll(DetailCharts.distributions(run));
        }
        return unique(plots);
    }

    /** {@code base_<slug of part>}, or {@code base} when the part is empty (a plot per model, say). */
    public static String name(String base, String part) {
        return part.isEmpty() ? base : base + "_" + slug(part);
    }

    /**
     * Text from data as a file-name part: lower case, every run of characters outside {@code
     * [a-z0-9_-]} (dots and slashes too) as one {@code _}, no leading or trailing {@code _} or
     * {@code -}, at most {@value #MAX_SLUG} characters; {@code x} when nothing is left.
     */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
        s = s.replaceAll("^[_-]+|[_-]+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("[_-]+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    /** The plots with later duplicates of a name renamed {@code <name>_2}, {@code <name>_3}, … */
    private static List<Plot> unique(List<Plot> plots) {
        Set<String> taken = new HashSet<>();
        plots.forEach(p -> taken.add(p.name()));
        Set<String> used = new HashSet<>();
        List<Plot> out = new ArrayList<>(plots.size());
        for (Plot p : plots) {
            String name = p.name();
            if (used.contains(name)) {
                int k = 2;
                while (taken.contains(name + "_" + k) || used.contains(name + "_" + k)) {
                    k++;
                }
                name = name + "_" + k;
                p = new Plot(name, p.title(), p.caption(), p.chart(), p.trend());
            }
            used.add(name);
            out.add(p);
        }
        return out;
    }
}
