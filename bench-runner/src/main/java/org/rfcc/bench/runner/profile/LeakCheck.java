package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The verdict of the leak check over the files {@link LeakProfiler} wrote for one benchmark. In
 * each fork the heap retained after GC is regressed on the operations run; a leak is suspected
 * when every fork's slope is positive beyond its noise (t ≥ {@link #MIN_T}) and the fitted growth
 * over the fork is at least {@link #MIN_GROWTH_MB}, so that a steady heap with GC noise never is.
 *
 * @param allocBytesPerOp bytes allocated per operation, mean of the iterations of all forks (NaN where not counted)
 * @param retainedMbPer1000Ops the forks' mean slope, in MB of retained heap per 1,000 operations
 * @param leakSuspected whether the slope is positive beyond noise in every fork
 * @param growthMb the retained heap's fitted growth over a fork, mean of the forks
 * @param nativeMb the resident set beyond the committed heap at each iteration (first fork), in MB
 * @param histogram the class histogram's top retainers at the end of the first fork
 */
public record LeakCheck(
        double allocBytesPerOp,
        double retainedMbPer1000Ops,
        boolean leakSuspected,
        double growthMb,
        int forks,
        int iterations,
        List<Double> nativeMb,
        String histogram) {
    /** The t statistic a fork's slope must reach. */
    static final double MIN_T = 4;
    /** The least fitted growth over a fork, in MB, for a leak to be suspected. */
    static final double MIN_GROWTH_MB = 1;

    private static final double MB = 1024.0 * 1024.0;

    /** The leak check of the probe files in {@code dir}; fails in one line when there are none. */
    public static LeakCheck read(Path dir) {
        List<Path> files = list(dir, "leak-");
        if (files.isEmpty()) {
            throw new ProfileException("the leak check wrote nothing in " + dir + " (did the forks run?)");
        }
        double slopes = 0;
        double growth = 0;
        boolean all = true;
        int iterations = Integer.MAX_VALUE;
        List<Double> nativeMb = new ArrayList<>();
        List<Double> perOp = new ArrayList<>();
        for (Path f : files) {
            List<double[]> rows = rows(f);
            rows.stream().filter(r -> r[4] >= 0).forEach(r -> perOp.add(r[4]));
            iterations = Math.min(iterations, rows.size());
            SimpleRegression fit = new SimpleRegression();
            rows.forEach(r -> fit.addData(r[0] / 1000, r[1] / MB));
            double slope = rows.size() < 3 ? Double.NaN : fit.getSlope();
            double se = fit.getSlopeStdErr();
            double span = (rows.get(rows.size() - 1)[0] - rows.get(0)[0]) / 1000;
            boolean beyondNoise = slope > 0 && (se == 0 || slope / se >= MIN_T) && slope * span >= MIN_GROWTH_MB;
            all &= beyondNoise;
            slopes += slope;
            growth += slope * span;
            if (nativeMb.isEmpty()) {
                rows.forEach(r -> nativeMb.add(r[2] < 0 ? Double.NaN : (r[2] - r[3]) / MB));
            }
        }
        List<Path> histograms = list(dir, "histogram-");
        String histogram = histograms.isEmpty() ? "" : text(histograms.get(0));
        int n = files.size();
        double alloc = perOp.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new LeakCheck(alloc, slopes / n, all && iterations >= 3, growth / n, n, iterations, nativeMb, histogram);
    }

    private static List<double[]> rows(Path f) {
        List<double[]> rows = new ArrayList<>();
        for (String line : text(f).split("\n")) {
            if (!line.isBlank()) {
                rows.add(Stream.of(line.split("\t"))
                        .mapToDouble(Double::parseDouble)
                        .toArray());
            }
        }
        return rows;
    }

    private static List<Path> list(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
