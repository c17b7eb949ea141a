package org.rfcc.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.RunSummary;

/**
 * {@code publish --site DIR}: a static, read-only copy of the dashboard (for GitHub Pages): the same pages, with the
 * API's answers as JSON files under {@code data/}. It stays bounded as the history grows: each series keeps its
 * newest {@value #FULL} points as they are and its older ones as at most {@value #OLD} means; the newest
 * {@value #RUNS_KEPT} runs are kept whole but for their raw samples. The directory is written whole or not at all.
 */
public final class Site {
    static final int FULL = 200;
    static final int OLD = 100;
    static final int RUNS_KEPT = 20;
    private static final MathContext DIGITS = new MathContext(6);

    private Site() {}

    /** What {@link #write} made: its files and their bytes, and the seconds it took. */
    public record Outcome(Path dir, int files, long bytes, int series, int runs, double seconds) {}

    /** Writes the site of {@code dashboard} into {@code dir}, in place of what was there. */
    public static Outcome write(Dashboard dashboard, Path dir, Instant now) {
        long start = System.nanoTime();
        Path target = dir.toAbsolutePath().normalize();
        if (Files.isRegularFile(target)) {
            throw new UserException("--site " + dir + " is a file, not a directory");
        }
        Path scratch;
        try {
            Files.createDirectories(target.getParent());
            scratch = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        } catch (IOException e) {
            throw new UserException("cannot write the site beside " + dir + ": " + e.getMessage());
        }
        try {
            int[] counts = fill(dashboard, scratch, now);
            swap(scratch, target);
            long[] size = size(target);
            return new Outcome(dir, (int) size[0], size[1], counts[0], counts[1], (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            delete(scratch);
            throw new UncheckedIOException("cannot write the site " + dir, e);
        } catch (RuntimeException e) {
            delete(scratch);
            throw e;
        }
    }

    private static int[] fill(Dashboard dashboard, Path dir, Instant now) throws IOException {
        for (String page : Pages.NAMES) {
            write(
                    dir.resolve(page + ".html"),
                    Pages.page(page).replace("data-site=\"server\"", "data-site=\"static\""));
        }
        for (String asset : Pages.assets()) {
            Path file = dir.resolve("assets").resolve(asset);
            Files.createDirectories(file.getParent());
            Files.write(file, Pages.asset(asset).orElseThrow().bytes());
        }
        Path data = dir.resolve("data");
        List<RunSummary> runs = dashboard.runs(Integer.MAX_VALUE);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            index.put(runs.get(i).runId(), i);
        }
        json(data.resolve("runs.json"), runs);
        for (int i = 0; i < Math.min(RUNS_KEPT, runs.size()); i++) {
            json(
                    data.resolve("runs").resolve(i + ".json"),
                    withoutSamples(dashboard.run(runs.get(i).runId()).orElseThrow()));
        }
        List<Dashboard.SeriesView> series = dashboard.series(Dashboard.SeriesFilter.all());
        List<Object> trends = new ArrayList<>(series.size());
        for (Dashboard.SeriesView s : series) {
            trends.add(downsampled(dashboard.points(s.id(), null, 0).orElseThrow(), index));
        }
        json(data.resolve("trends.json"), trends);
        json(data.resolve("overview.json"), dashboard.overview());
        json(data.resolve("alerts.json"), dashboard.alerts("all"));
        json(
                data.resolve("resources.json"),
                Map.of("newest", dashboard.resources(), "series", dashboard.resourceSeries()));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("comparison", comparison(dashboard, runs, data.resolve("compare.json")));
        about.put("generated_at", now.toString());
        about.put("runs", runs.size());
        about.put("runs_kept", Math.min(RUNS_KEPT, runs.size()));
        about.put("series", series.size());
        about.put("full_points", FULL);
        about.put("older_points_as_means", OLD);
        json(data.resolve("site.json"), about);
        return new int[] {series.size(), runs.size()};
    }

    /**
     * Writes the comparison of the newest run with the one before it of its profile and machine, and says which it
     * wrote, or why none.
     */
    private static String comparison(Dashboard dashboard, List<RunSummary> runs, Path file) throws IOException {
        if (runs.isEmpty()) {
            return "none: no run is stored";
        }
        RunSummary head = runs.get(0);
        RunSummary base = runs.stream()
                .skip(1)
                .filter(r -> r.profile().equals(head.profile()) && Objects.equals(r.machine(), head.machine()))
                .findFirst()
                .orElse(null);
        if (base == null) {
            return "none: the newest run, " + head.runId() + ", is the first of its profile and machine";
        }
        try {
            json(file, dashboard.compare(base.runId(), head.runId()));
            return base.runId() + " (base) against " + head.runId() + " (head)";
        } catch (UserException e) {
            return "none: " + e.getMessage();
        }
    }

    /**
     * The newest {@value #FULL} points as they are, the older ones as at most {@value #OLD} means of equal numbers of
     * neighbours (each at its middle point's time and run); values to 6 significant digits, runs as indices into
     * runs.json.
     */
    static Map<String, Object> downsampled(Dashboard.SeriesPoints p, Map<String, Integer> runIndex) {
        int n = p.at().length;
        int old = Math.max(0, n - FULL);
        int buckets = Math.min(OLD, old);
        List<Long> at = new ArrayList<>();
        List<BigDecimal> value = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * old / buckets);
            int to = (int) ((long) (b + 1) * old / buckets);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += p.value()[i];
            }
            int middle = (from + to - 1) / 2;
            at.add(p.at()[middle]);
            value.add(round(sum / (to - from)));
            run.add(runIndex.get(p.runId().get(middle)));
        }
        for (int i = old; i < n; i++) {
            at.add(p.at()[i]);
            value.add(round(p.value()[i]));
            run.add(runIndex.get(p.runId().get(i)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("series", p.series());
        out.put("at", at);
        out.put("value", value);
        out.put("run", run);
        out.put("changes", p.changes());
        out.put("downsampled", buckets > 0);
        return out;
    }

    /** A run record as the run page shows it: each metric's value and interval, not its raw samples. */
    private static JsonNode withoutSamples(RunRecord run) {
        JsonNode tree = Json.MAPPER.valueToTree(run);
        for (JsonNode result : tree.path("results")) {
            result.path("metrics").forEach(metric -> ((ObjectNode) metric).remove("samples"));
        }
        return tree;
    }

    private static BigDecimal round(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(DIGITS).stripTrailingZeros() : null;
    }

    private static void json(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Json.compact(value), StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Puts {@code scratch} at {@code target}; what was at {@code target} goes only once the new site is in place. */
    private static void swap(Path scratch, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            delete(old);
        }
    }

    private static long[] size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long[] out = new long[2];
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out[0]++;
                out[1] += Files.size(f);
            }
            return out;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a scratch directory left behind is named as hidden and harmless
        }
    }
}
