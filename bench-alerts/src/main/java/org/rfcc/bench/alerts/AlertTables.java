package org.rfcc.bench.alerts;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The alerts as a terminal shows them: {@code alerts list} and {@code alerts stats} without {@code --format json}. */
public final class AlertTables {
    private static final String ROW = "%-5s %-12s %-8s %-12s %9s  %-20s  %-24s  %s%n";

    private AlertTables() {}

    /** One line an alert, under a header; a line saying there are none when {@code alerts} is empty. */
    public static String list(List<AlertView> alerts, String state) {
        if (alerts.isEmpty()) {
            return "no " + (state.equals("all") ? "" : state + " ") + "alerts\n";
        }
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, ROW, "id", "state", "level", "kind", "change", "opened", "deliveries", "series"));
        for (AlertView a : alerts) {
            out.append(String.format(
                    Locale.ROOT,
                    ROW,
                    a.id(),
                    a.state(),
                    a.level(),
                    a.kind(),
                    a.changePct() == null ? "" : AlertRaiser.percent(a.changePct()),
                    a.openedAt().toString().substring(0, 19) + "Z",
                    deliveries(a),
                    a.seriesName()));
        }
        return out.toString();
    }

    /** How many of an alert's messages are delivered, failed and pending, e.g. {@code 3 delivered, 1 failed}. */
    private static String deliveries(AlertView a) {
        if (a.deliveries().isEmpty()) {
            return "-";
        }
        return a.deliveries().stream()
                .collect(Collectors.groupingBy(AlertView.Delivery::status, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** The figures of {@link AlertStats}, a line each. */
    public static String stats(AlertStats s) {
        StringBuilder out = new StringBuilder(s.alerts() + " alerts\n");
        s.counts().forEach((state, levels) -> out.append("  ")
                .append(state)
                .append(": ")
                .append(levels.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")))
                .append('\n'));
        out.append("precision: ")
                .append(
                        s.precision() == null
                                ? "unknown (nobody has closed an alert yet)"
                                : String.format(
                                        Locale.ROOT,
                                        "%.3f (%d false positives of %d alerts closed by people)",
                                        s.precision(),
                                        s.falsePositives(),
                                        s.closedByPeople()))
                .append('\n');
        out.append("run stored to alert delivered: ")
                .append(spread(s.storedToDelivered()))
                .append('\n');
        out.append("commit to alert delivered: ")
                .append(spread(s.commitToDelivered()))
                .append('\n');
        return out.toString();
    }

    private static String spread(AlertStats.Spread s) {
        return s == null
                ? "no delivery yet"
                : String.format(Locale.ROOT, "median %.1f s, max %.1f s (%d alerts)", s.median(), s.max(), s.count());
    }
}
