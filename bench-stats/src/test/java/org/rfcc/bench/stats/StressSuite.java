package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Series that stress a change point detector with what real series do and the synthetic suite does not: autocorrelated
 * noise, trends, heavy tails, spikes, seasonality, short series and coarse integer values. {@link #nuisance} series
 * have no change at all, so every change point found in them is false; {@link #shifted} ones have one level shift of a
 * given number of noise standard deviations.
 */
final class StressSuite {
    /** The kinds of nuisance, each a series with no change point. */
    enum Nuisance {
        /** AR(1) noise, φ = 0.7, its marginal standard deviation 2% of the level. */
        AR1,
        /** A linear trend of 50% over the series, with 2% Gaussian noise. */
        TREND,
        /** Student t noise with 3 degrees of freedom, scaled to 2% of the level. */
        T3,
        /** Gaussian noise with one spike of 5 to 20 times the level per 100 points. */
        SPIKES,
        /** A sine of 2 noise standard deviations and a period of 7 to 50 points, over 2% noise. */
        SEASONAL,
        /** All of the above at once: AR(1) t3 noise on a trend and a sine, with spikes. */
        MIX,
        /** Small counts (Poisson, mean 3): integers with many ties and constant stretches. */
        COUNTS,
        /** 15 to 40 points of AR(1) noise, φ = 0.5. */
        SHORT,
        /** A random walk's slow drift (steps of 0.1 noise σ, 1.4 σ over 200 points) under 2% noise. */
        DRIFT;
    }

    /** One series and where its changes are (empty for nuisance). */
    record Series(double[] values, int[] changes) {}

    private StressSuite() {}

    /** {@code count} series of {@code kind}, {@code length} points each (SHORT picks its own length). */
    static List<Series> nuisance(Nuisance kind, long seed, int count, int length) {
        Random r = new Random(seed);
        List<Series> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double level = Math.pow(10, -3 + 12 * r.nextDouble()); // values from 1e-3 to 1e9
            int n = kind == Nuisance.SHORT ? 15 + r.nextInt(26) : length;
            out.add(new Series(nuisance(kind, r, level, n), new int[0]));
        }
        return out;
    }

    private static double[] nuisance(Nuisance kind, Random r, double level, int n) {
        double sigma = 0.02 * level;
        double[] x = new double[n];
        switch (kind) {
            case AR1 -> ar1(r, x, 0.7, sigma, false);
            case TREND -> {
                gaussian(r, x, sigma);
                addTrend(x, level, r.nextBoolean() ? 0.5 : -0.5);
            }
            case T3 -> {
                double scale = sigma / Math.sqrt(3); // t3 has variance 3
                for (int i = 0; i < n; i++) {
                    x[i] = scale * studentT3(r);
                }
            }
            case SPIKES -> {
                gaussian(r, x, sigma);
                addSpikes(r, x, level);
            }
            case SEASONAL -> {
                gaussian(r, x, sigma);
                addSine(r, x, 2 * sigma);
            }
            case MIX -> {
                ar1(r, x, 0.5, sigma, true);
                addTrend(x, level, r.nextBoolean() ? 0.3 : -0.3);
                addSine(r, x, sigma);
                addSpikes(r, x, level);
            }
            case COUNTS -> {
                for (int i = 0; i < n; i++) {
                    x[i] = poisson(r, 3);
                }
                return x;
            }
            case SHORT -> ar1(r, x, 0.5, sigma, false);
            case DRIFT -> {
                double walk = 0;
                for (int i = 0; i < n; i++) {
                    walk += 0.1 * sigma * r.nextGaussian();
                    x[i] = walk + sigma * r.nextGaussian();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] += level;
        }
        return x;
    }

    /** The noise under a shift. */
    enum Noise {
        GAUSSIAN,
        /** Student t, 3 degrees of freedom. */
        T3,
        /** AR(1), φ = 0.5. */
        AR1
    }

    /**
     * {@code count} series of {@code shortest} to {@code longest} points of {@code noise} (2% of the level) with one
     * shift of {@code sigmas} noise standard deviations, up or down, at a position at least {@code margin} points from
     * either end.
     */
    static List<Series> shifted(
            double sigmas, Noise noise, long seed, int count, int shortest, int longest, int margin) {
        Random r = new Random(seed);
        List<Series> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double level = Math.pow(10, -3 + 12 * r.nextDouble());
            double sigma = 0.02 * level;
            int length = shortest + r.nextInt(longest - shortest + 1);
            int at = margin + r.nextInt(length - 2 * margin + 1);
            double shift = (r.nextBoolean() ? 1 : -1) * sigmas * sigma;
            double[] x = new double[length];
            switch (noise) {
                case GAUSSIAN -> gaussian(r, x, sigma);
                case T3 -> {
                    for (int i = 0; i < length; i++) {
                        x[i] = sigma / Math.sqrt(3) * studentT3(r);
                    }
                }
                case AR1 -> ar1(r, x, 0.5, sigma, false);
            }
            for (int i = 0; i < length; i++) {
                x[i] += level + (i >= at ? shift : 0);
            }
            out.add(new Series(x, new int[] {at}));
        }
        return out;
    }

    /**
     * {@code count} series: {@code before} points of Gaussian noise, then {@code after} points shifted by {@code sigmas}
     * noise standard deviations (the newest points of a series that just changed).
     */
    static List<Series> shiftedAtEnd(double sigmas, long seed, int count, int before, int after) {
        Random r = new Random(seed);
        List<Series> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double level = Math.pow(10, -3 + 12 * r.nextDouble());
            double sigma = 0.02 * level;
            double shift = (r.nextBoolean() ? 1 : -1) * sigmas * sigma;
            double[] x = new double[before + after];
            for (int i = 0; i < x.length; i++) {
                x[i] = level + (i >= before ? shift : 0) + sigma * r.nextGaussian();
            }
            out.add(new Series(x, new int[] {before}));
        }
        return out;
    }

    private static void gaussian(Random r, double[] x, double sigma) {
        for (int i = 0; i < x.length; i++) {
            x[i] = sigma * r.nextGaussian();
        }
    }

    /** AR(1) noise of marginal standard deviation {@code sigma}; with {@code t3}, t3 innovations. */
    private static void ar1(Random r, double[] x, double phi, double sigma, boolean t3) {
        double innovation = sigma * Math.sqrt(1 - phi * phi);
        double prev = sigma * r.nextGaussian();
        for (int i = 0; i < x.length; i++) {
            double e = t3 ? studentT3(r) / Math.sqrt(3) : r.nextGaussian();
            prev = phi * prev + innovation * e;
            x[i] = prev;
        }
    }

    private static void addTrend(double[] x, double level, double total) {
        for (int i = 0; i < x.length; i++) {
            x[i] += level * total * i / (x.length - 1);
        }
    }

    private static void addSine(Random r, double[] x, double amplitude) {
        double period = 7 + 43 * r.nextDouble();
        double phase = 2 * Math.PI * r.nextDouble();
        for (int i = 0; i < x.length; i++) {
            x[i] += amplitude * Math.sin(2 * Math.PI * i / period + phase);
        }
    }

    private static void addSpikes(Random r, double[] x, double level) {
        for (int i = 0; i < x.length; i++) {
            if (r.nextDouble() < 0.01) {
                x[i] += level * (4 + 15 * r.nextDouble()); // the point becomes 5 to 20 times the level
            }
        }
    }

    private static double studentT3(Random r) {
        double z = r.nextGaussian();
        double chi2 = 0;
        for (int k = 0; k < 3; k++) {
            double g = r.nextGaussian();
            chi2 += g * g;
        }
        return z / Math.sqrt(chi2 / 3);
    }

    private static int poisson(Random r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
