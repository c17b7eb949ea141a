package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.Defaults;

/**
 * E-Divisive means change point detection, the algorithm behind MongoDB's and Apache Otava's (Hunter's)
 * performance-regression tooling: hierarchical bisection on the energy statistic q̂ of Matteson and
 * James (2014, exponent α = 1), with each candidate accepted when a two-sample t-test of the two sides it
 * separates is significant, as Otava does in place of E-Divisive's slow permutation test; then every
 * change point judged again by a test that real series do not fool.
 *
 * <p>The steps:
 *
 * <ol>
 *   <li><b>Bisect.</b> In every segment between the change points accepted so far, find the split τ
 *       that maximises q̂ between a left side [start, τ) and a right window [τ, κ), κ searched too, and
 *       t-test those two sides. Accept the most significant candidate while its p-value is below the
 *       {@linkplain #significance() significance level}; repeat. This proposes change points.
 *   <li><b>Merge.</b> Test every change point on its adjacent final segments with the shift test of
 *       {@link Segments#shift}, and drop the weakest while one is not significant. That test fits a
 *       straight line with a step, so a trend is no staircase, and takes its variance from the long-run
 *       variance of the residuals (the larger of AR(1)'s and Newey–West's), so autocorrelated noise, a
 *       season or a slow drift is no shift.
 *   <li><b>Refine.</b> Move every change point to the q̂-best split of its two adjacent segments.
 * </ol>
 *
 * <p>Both tests are outlier-resistant: values are winsorized at four robust standard deviations of the
 * noise from a robust fit of their side (see {@link Segments}), so a spike of 20 times the level neither
 * hides a shift nor passes for one. A series of n points costs O(n²) time per bisection and O(n) memory;
 * 200 points take well under a millisecond.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EDivisiveMeans implements ChangePointDetector {
    /** Rounds of {@link #refine} before it stops even if a change point still moves. */
    private static final int MAX_REFINE_ROUNDS = 3;

    /** The shortest segment of a short series. */
    static final int SHORT_SEGMENT = 4;

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

    /** The fewest points a segment between change points, or at either end, may have in a long series. */
    public int minSegment() {
        return minSegment;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", "e-divisive means, each change point tested as a step on a line");
        p.put("significance", significance);
        p.put("min_segment", minSegment);
        p.put("short_series_segment", "a fifth of a series shorter than 5 x min_segment, at least " + SHORT_SEGMENT);
        p.put("winsorized_at_sigmas", Segments.CLIP_SIGMAS);
        p.put(
                "long_run_variance",
                "max(AR(1), Newey-West with ceil(n^(1/3)) lags), autocorrelation at most "
                        + Segments.MAX_AUTOCORRELATION);
        return p;
    }

    /**
     * The fewest points a segment of a series of {@code length} points may have: {@link #minSegment()}, or a fifth of
     * a shorter series, but at least {@value #SHORT_SEGMENT}; a series of 15 to 40 points can change too.
     */
    public int segmentFor(int length) {
        return Math.min(minSegment, Math.max(SHORT_SEGMENT, length / 5));
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
        int shortest = segmentFor(series.length);
        if (series.length < 2 * shortest) {
            return List.of();
        }
        Segments segments = new Segments(series, shortest);
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
                double p = segments.shift(start(points, i), points.get(i), end(points, i, segments.length()))
                        .p();
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
            Segments.Shift shift = segments.shift(start, at, end);
            double scale = before == 0 ? Double.NaN : 100 / Math.abs(before);
            result.add(new ChangePoint(
                    at,
                    before,
                    after,
                    (after - before) * scale,
                    (after - before - shift.halfWidth()) * scale,
                    (after - before + shift.halfWidth()) * scale,
                    shift.p(),
                    ChangePoint.State.CONFIRMED));
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
