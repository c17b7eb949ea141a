package org.rfcc.bench.stats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the newest points of a series have left the level before them, before there are enough of them for the
 * change point test: a nightly benchmark that slows down is suspected after two nights, not confirmed after ten.
 *
 * <p>The last k points (k = 2, then 3) are a suspected shift when every one of them lies beyond {@code T_k} noise
 * standard deviations from the median of the points before them, all on one side, their median differs by at least
 * the smallest change that matters, and the change point test's shift test ({@link Segments#shift}: a line with a
 * step, the long-run variance) agrees at α, so that a trend, a season or autocorrelated noise that carries a few
 * points beyond together is not taken for a shift. {@code T_k} makes a false suspicion, under Gaussian noise, no
 * likelier than α at each check: {@code Φ(−T_k)^k = α / 4} (two lengths, two sides), with α the smaller of {@value
 * #SERIES_ALPHA} and {@value #FAMILY_ALPHA} over the number of series checked together (Bonferroni). The noise is the
 * robust spread (1.4826 × MAD) of up to {@value #REFERENCE} points before them, scaled by the root of their AR(1)
 * long-run factor. A suspicion grows back over the earlier points beyond the same threshold and nearer the new level
 * than the old.
 *
 * <p>Measured ({@code NewestPointsTest}): a shift of 5 σ is suspected within 3 points 97 times in 100, most after 2;
 * nuisance series grown one point at a time (AR(1), trends, t3, spikes, seasons, mixes) give at most 3 false
 * suspicions per 1,000 points.
 */
public final class NewestPoints {
    /** The chance of a false suspicion at one check of one series. */
    public static final double SERIES_ALPHA = 0.0001;
    /** The chance of a false suspicion at one check of all the series checked together. */
    public static final double FAMILY_ALPHA = 0.01;
    /** How many points before the newest ones give their level and noise, at most. */
    static final int REFERENCE = 30;
    /** How many points before the newest ones there must be, at least. */
    static final int MIN_REFERENCE = 10;
    /** The most newest points tested; more are the change point test's to confirm. */
    static final int LONGEST = 3;
    /** The fewest: one point beyond is a spike as often as a shift. */
    static final int SHORTEST = 2;

    private static final double MAD_TO_SIGMA = 1.4826;

    private NewestPoints() {}

    /** The settings, for output. */
    public static Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("newest", SHORTEST + " to " + LONGEST + " points, each beyond the threshold on one side");
        p.put("series_alpha", SERIES_ALPHA);
        p.put("family_alpha", FAMILY_ALPHA);
        p.put("reference_points", MIN_REFERENCE + " to " + REFERENCE);
        return p;
    }

    /**
     * The shift that the newest points of {@code x} suggest, if any, as a {@link ChangePoint.State#SUSPECTED} change
     * point.
     *
     * @param since the first point of the series' current segment (its newest confirmed change point, or 0)
     * @param seriesChecked how many series are checked together, at least 1
     * @param minChangePct the smallest change, in percent of the level, that is worth suspecting (0 for any)
     */
    public static Optional<ChangePoint> suspect(double[] x, int since, int seriesChecked, double minChangePct) {
        double alpha = Math.min(SERIES_ALPHA, FAMILY_ALPHA / Math.max(1, seriesChecked));
        for (int k = SHORTEST; k <= LONGEST; k++) {
            int tail = x.length - k;
            if (tail - Math.max(0, since) < MIN_REFERENCE) {
                continue;
            }
            Level level = Level.of(x, Math.max(since, tail - REFERENCE), tail);
            double threshold = Distributions.normalQuantile(1 - Math.pow(alpha / 4, 1.0 / k)) * level.sigma;
            int side = sideBeyond(x, tail, x.length, level, threshold);
            if (side != 0) {
                double newLevel = Segments.median(Arrays.copyOfRange(x, tail, x.length));
                int first = tail;
                while (first - 1 - Math.max(0, since) > MIN_REFERENCE
                        && sideBeyond(x, first - 1, first, level, threshold) == side
                        && Math.abs(x[first - 1] - newLevel) < Math.abs(x[first - 1] - level.median)) {
                    first--;
                }
                Optional<ChangePoint> found = changePoint(x, since, first, minChangePct);
                if (found.isPresent() && shiftTested(x, since, first, alpha)) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** +1 or -1 when every point of [from, to) lies beyond {@code threshold} on that side of the level, else 0. */
    private static int sideBeyond(double[] x, int from, int to, Level level, double threshold) {
        int side = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - level.median;
            int s = d > threshold ? 1 : d < -threshold ? -1 : 0;
            if (s == 0 || (side != 0 && s != side)) {
                return 0;
            }
            side = s;
        }
        return side;
    }

    /**
     * Whether the shift at {@code first} passes the change point test's shift test at {@code alpha}, against the points
     * before it: a trend, a season or autocorrelated noise can carry a few points beyond the threshold together, and
     * that test tells them from a shift.
     */
    private static boolean shiftTested(double[] x, int since, int first, double alpha) {
        int from = Math.max(Math.max(0, since), first - REFERENCE);
        double[] window = Arrays.copyOfRange(x, from, x.length);
        return new Segments(window, 2).shift(0, first - from, window.length).p() < alpha;
    }

    /** The suspected change point from {@code first} on, against the points before it, if large enough. */
    private static Optional<ChangePoint> changePoint(double[] x, int since, int first, double minChangePct) {
        Level reference = Level.of(x, Math.max(Math.max(0, since), first - REFERENCE), first);
        double after = Segments.median(Arrays.copyOfRange(x, first, x.length));
        double change = after - reference.median;
        double scale = reference.median == 0 ? Double.NaN : 100 / Math.abs(reference.median);
        if (Math.abs(change * scale) < minChangePct) {
            return Optional.empty();
        }
        int k = x.length - first;
        double halfWidth = Distributions.normalQuantile(1 - (1 - Segments.CONFIDENCE) / 2)
                * reference.sigma
                * Math.sqrt(1.0 / k + 1.0 / reference.points);
        double z = reference.sigma > 0 ? Math.abs(change) / reference.sigma : Double.POSITIVE_INFINITY;
        double p = Math.min(1, 4 * Math.pow(1 - Distributions.normalCdf(z), Math.min(k, LONGEST)));
        return Optional.of(new ChangePoint(
                first,
                reference.median,
                after,
                change * scale,
                (change - halfWidth) * scale,
                (change + halfWidth) * scale,
                p,
                ChangePoint.State.SUSPECTED));
    }

    /** The median of some points and their noise: robust spread times the root of their AR(1) long-run factor. */
    private record Level(double median, double sigma, int points) {
        static Level of(double[] x, int from, int to) {
            double[] v = Arrays.copyOfRange(x, from, to);
            double median = Segments.median(v.clone());
            double[] deviation = new double[v.length];
            double sum = 0;
            for (int i = 0; i < v.length; i++) {
                deviation[i] = Math.abs(v[i] - median);
                sum += deviation[i];
            }
            double mad = Segments.median(deviation.clone());
            double sigma = mad > 0 ? MAD_TO_SIGMA * mad : sum / v.length * Math.sqrt(Math.PI / 2);
            double ss = 0;
            double lagged = 0;
            for (int i = 0; i < v.length; i++) {
                double r = Math.max(-4 * sigma, Math.min(4 * sigma, v[i] - median));
                ss += r * r;
                if (i > 0) {
                    lagged += r * Math.max(-4 * sigma, Math.min(4 * sigma, v[i - 1] - median));
                }
            }
            double rho = ss > 0 ? Math.max(0, Math.min(Segments.MAX_AUTOCORRELATION, lagged / ss)) : 0;
            return new Level(median, sigma * Math.sqrt((1 + rho) / (1 - rho)), v.length);
        }
    }
}
