package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The methods a profile's samples fall in, from collapsed stacks ({@code frame;frame;… count}, the
 * format of async-profiler and of {@link JfrStacks}): the share of samples with the method on top
 * of the stack (self) and anywhere in it (total). Frames with line numbers ({@code C.m:52}, as
 * the converter's {@code --lines} writes them) count for their method, and each method keeps the line
 * of most self samples.
 */
public final class HotMethods {
    /**
     * One method: its name, its shares of all samples, in [0, 1], and its line of most self samples.
     *
     * @param line {@code C.m:52}, or null where the profile has no line numbers for it
     */
    public record Row(String method, double self, double total, String line) {}

    private static final Pattern LINE = Pattern.compile(":(\\d+)$");

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Map<String, Long>> lines = new HashMap<>();
    private final Map<String, Long> total = new HashMap<>();
    private long samples;

    private HotMethods() {}

    /** The hot methods of a collapsed-stacks file. */
    public static HotMethods read(Path collapsed) {
        try {
            return of(Files.readAllLines(collapsed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the profile " + collapsed, e);
        }
    }

    /** The hot methods of collapsed-stack lines; lines that are not {@code stack count} are skipped. */
    public static HotMethods of(List<String> lines) {
        HotMethods h = new HotMethods();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            long count;
            try {
                count = Long.parseLong(line.substring(space + 1).strip());
            } catch (NumberFormatException e) {
                continue;
            }
            String[] frames = line.substring(0, space).split(";");
            h.samples += count;
            String top = name(frames[frames.length - 1]);
            String topMethod = method(top);
            h.self.merge(topMethod, count, Long::sum);
            if (!top.equals(topMethod)) {
                h.lines.computeIfAbsent(topMethod, k -> new HashMap<>()).merge(top, count, Long::sum);
            }
            Set<String> seen = new HashSet<>();
            for (String f : frames) {
                String m = method(name(f));
                if (seen.add(m)) {
                    h.total.merge(m, count, Long::sum);
                }
            }
        }
        return h;
    }

    /** {@code a/b/C.m} as {@code a.b.C.m}; async-profiler's frame-type suffixes ({@code _[j]}) dropped. */
    static String name(String frame) {
        String f = frame.replaceFirst("_\\[[a-z0-9]+]$", "");
        return f.startsWith("/") || f.contains(" ") ? f : f.replace('/', '.');
    }

    private static String method(String frame) {
        return LINE.matcher(frame).replaceFirst("");
    }

    /** All samples counted. */
    public long samples() {
        return samples;
    }

    /** The {@code limit} methods of most self time, then most total time. */
    public List<Row> top(int limit) {
        return top(
                limit,
                Comparator.comparingDouble(Row::self)
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Row::total).reversed()));
    }

    /** The {@code limit} methods of most total time (the callers the time goes through), then most self time. */
    public List<Row> topByTotal(int limit) {
        return top(
                limit,
                Comparator.comparingDouble(Row::total)
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Row::self).reversed()));
    }

    private List<Row> top(int limit, Comparator<Row> order) {
        List<Row> rows = new ArrayList<>();
        total.forEach((m, t) -> rows.add(new Row(m, share(self.getOrDefault(m, 0L)), share(t), hottestLine(m))));
        rows.sort(order.thenComparing(Row::method));
        return rows.subList(0, Math.min(limit, rows.size()));
    }

    private String hottestLine(String method) {
        return lines.getOrDefault(method, Map.of()).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The share of samples that have {@code method} anywhere in their stack. */
    public double total(String method) {
        return share(total.getOrDefault(method, 0L));
    }

    /** Every method with its total share, for comparisons of two profiles. */
    public Map<String, Double> totals() {
        Map<String, Double> shares = new HashMap<>();
        total.forEach((m, t) -> shares.put(m, share(t)));
        return shares;
    }

    private double share(long count) {
        return samples == 0 ? 0 : (double) count / samples;
    }
}
