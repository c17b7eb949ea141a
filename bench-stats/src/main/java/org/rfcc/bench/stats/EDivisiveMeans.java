package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.model.Defaults;

/**
 * E-Divisive means change point detection, the algorithm behind MongoDB's and Apache Otava's (Hunter's)
 * performance-regression tooling: hierarchical bisection on the energy statistic q̂ of Matteson and
 * James (2014, exponent α = 1), with each candidate accepted when a two-sample t-test of the two sides it
 * separates is significant, as Otava does in place of E-Divisive's slow permutation test.
 *
 * <p>The steps:
 *
 * <ol>
 *   <li><b>Bisect.</b> In every segment between the change points accepted so far, find the split τ
 *       that maximises q̂ between a left side [start, τ) and a right window [τ, κ), κ searched too, and
 *       t-test those two sides. Accept the most significant candidate while its p-value is below the
 *       {@linkplain #significance() significance level}; repeat.
 *   <li><b>Merge.</b> Re-test every change point on its adjacent final segments and drop the weakest
 *       while one is no longer significant.
 *   <li><b>Refine.</b> Move every change point to the q̂-best split of its two adjacent segments.
 * </ol>
 *
 * <p>The t-test is pooled and outlier-resistant: each side is winsorized at four robust standard
 * deviations of the noise from its median (see {@link Segments}). A series of n points costs O(n²) time
 * per bisection and O(n) memory; 200 points take well under a millisecond.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EDivisiveMeans implements ChangePointDetector {
    /** Rounds of {@link #refine} before it stops even if a change point still moves. */
    private static final int MAX_REFINE_ROUNDS = 3;

    private final double significance;
    private final int minSegment;

    /** A detector with {@link Defaults#CHANGE_SIGNIFICANCE} and {@link Defaults#MIN_SEGMENT}. */
    public EDivisiveMeans() {
        this(Defaults.CHANGE_SIGNIFICANCE, Defaults.MIN_SEGMENT);
    }

    /**
     * A detector with the given significance level (the p-value below which a split is a change point,
     * in (0, 1)) and minimum segment length (at least 2 points, so that each side has a variance).
     *
     * @throws IllegalArgumentException if either lies outside its range
     */
    public EDivisiveMeans(double significance, int minSegment) {
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("significance must lie strictly between 0 and 1 (default "
                    + Defaults.CHANGE_SIGNIFICANCE + "), got " + significance);
        }
        if (minSegment < 2) {
            throw new IllegalArgumentException("minSegment must be at least 2 so that each segment has a variance"
                    + " (default " + Defaults.MIN_SEGMENT + "), got " + minSegment);
        }
        this.significance = significance;
        this.minSegment = minSegment;
    }

    /** The p-value below which a split is a change point. */
    public double significance() {
        return significance;
    }

    /** The fewest points a segment between change points, or at either end, may have. */
    public int minSegment() {
        return minSegment;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A series shorter than twice the minimum segment has no change points, nor does a constant one.
     * Each change point carries the means and the t-test p-value of its two adjacent final segments;
     * {@link ChangePoint#changePct()} is {@code (after - before) / |before| * 100}, NaN when the mean
     * before is 0.
     *
     * @throws IllegalArgumentException if the series holds a NaN or infinite value
     */
    @Override
    public List<ChangePoint> detect(double[] series) {
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("series[" + i + "] is " + series[i]
                        + "; change points need finite values (drop or impute missing points first)");
            }
        }
        if (series.length < 2 * minSegment) {
            return List.of();
        }
        Segments segments = new Segments(series, minSegment);
        List<Integer> points = bisect(segments);
        merge(segments, points);
        refine(segments, points);
        return report(segments, points);
    }

    /** Accepts the most significant best split of any segment until none is significant. */
    private List<Integer> bisect(Segments segments) {
        List<Integer> bounds = new ArrayList<>(List.of(0, segments.length()));
        List<Segments.Split> best = new ArrayList<>();
        best.add(segments.bestSplit(0, segments.length()));
        while (true) {
            int chosen = mostSignificant(best);
            if (chosen < 0) {
                return new ArrayList<>(bounds.subList(1, bounds.size() - 1));
            }
            int start = bounds.get(chosen);
            int end = bounds.get(chosen + 1);
            int at = best.get(chosen).index();
            bounds.add(chosen + 1, at);
            best.set(chosen, segments.bestSplit(start, at));
            best.add(chosen + 1, segments.bestSplit(at, end));
        }
    }

    /** The index of the significant split with the smallest p-value (ties: largest q̂), or -1. */
    private int mostSignificant(List<Segments.Split> splits) {
        int chosen = -1;
        for (int i = 0; i < splits.size(); i++) {
            Segments.Split s = splits.get(i);
            if (s == null || !(s.p() < significance)) {
                continue;
            }
            Segments.Split c = chosen < 0 ? null : splits.get(chosen);
            if (c == null || s.p() < c.p() || (s.p() == c.p() && s.q() > c.q())) {
                chosen = i;
            }
        }
        return chosen;
    }

    /** Removes, weakest first, change points whose adjacent segments no longer differ significantly. */
    private void merge(Segments segments, List<Integer> points) {
        while (!points.isEmpty()) {
            int weakest = -1;
            double weakestP = -1;
            for (int i = 0; i < points.size(); i++) {
                double p = segments.pValue(start(points, i), points.get(i), end(points, i, segments.length()));
                if (p > weakestP) {
                    weakest = i;
                    weakestP = p;
                }
            }
            if (weakestP < significance) {
                return;
            }
            points.remove(weakest);
        }
    }

    /**
     * Moves each change point to the q̂-best split of its two adjacent segments: bisection placed it
     * while other shifts still shared its segment, which can pull it a few points off.
     */
    private static void refine(Segments segments, List<Integer> points) {
        for (int round = 0; round < MAX_REFINE_ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < points.size(); i++) {
                int at = segments.bestTailSplit(start(points, i), end(points, i, segments.length()));
                if (at != points.get(i)) {
                    points.set(i, at);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static List<ChangePoint> report(Segments segments, List<Integer> points) {
        List<ChangePoint> result = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            int start = start(points, i);
            int at = points.get(i);
            int end = end(points, i, segments.length());
            double before = segments.mean(start, at);
            double after = segments.mean(at, end);
            double pct = before == 0 ? Double.NaN : (after - before) / Math.abs(before) * 100;
            result.add(new ChangePoint(at, before, after, pct, segments.pValue(start, at, end)));
        }
        return List.copyOf(result);
    }

    private static int start(List<Integer> points, int i) {
        return i == 0 ? 0 : points.get(i - 1);
    }

    private static int end(List<Integer> points, int i, int length) {
        return i == points.size() - 1 ? length : points.get(i + 1);
    }
}
