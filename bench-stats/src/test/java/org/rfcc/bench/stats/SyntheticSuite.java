package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The synthetic change point suite: series of 200 points with 0–3 level shifts of 5–30% (either
 * direction) at random positions at least 20 points apart and from either end, Gaussian noise with a
 * coefficient of variation of 1–3%, and, in every third series, outliers (each point with probability 1%
 * multiplied by 1.5). Every fifth series has no shift at all; so does a quarter of the rest.
 */
final class SyntheticSuite {
    static final int LENGTH = 200;
    static final int MIN_GAP = 20;

    /** How far a detection may lie from a true change and still count as finding it. */
    static final int TOLERANCE = 5;

    /** One generated series and the indices where its new segments start. */
    record Series(String kind, double[] values, int[] changes) {}

    /** Detections matched to true changes. */
    record Score(int truePositives, int falsePositives, int falseNegatives) {
        Score plus(Score o) {
            return new Score(
                    truePositives + o.truePositives,
                    falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }

        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1 : (double) truePositives / found;
        }

        double recall() {
            int real = truePositives + falseNegatives;
            return real == 0 ? 1 : (double) truePositives / real;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private SyntheticSuite() {}

    static List<Series> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Series> suite = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            int shifts = s % 5 == 0 ? 0 : random.nextInt(4);
            boolean outliers = s % 3 == 0;
            int[] changes = positions(random, shifts);
            double level = Math.pow(10, 3 * random.nextDouble());
            double cv = 0.01 + 0.02 * random.nextDouble();
            double[] x = new double[LENGTH];
            int next = 0;
            for (int i = 0; i < LENGTH; i++) {
                if (next < changes.length && changes[next] == i) {
                    double size = 0.05 + 0.25 * random.nextDouble();
                    level *= 1 + (random.nextBoolean() ? size : -size);
                    next++;
                }
                x[i] = level * (1 + cv * random.nextGaussian());
                if (outliers && random.nextDouble() < 0.01) {
                    x[i] *= 1.5;
                }
            }
            suite.add(new Series(
                    shifts + (shifts == 1 ? " shift" : " shifts") + (outliers ? " + outliers" : ""), x, changes));
        }
        return suite;
    }

    /** {@code k} sorted positions in [MIN_GAP, LENGTH - MIN_GAP], at least MIN_GAP apart. */
    private static int[] positions(Random random, int k) {
        while (true) {
            int[] p = new int[k];
            for (int i = 0; i < k; i++) {
                p[i] = MIN_GAP + random.nextInt(LENGTH - 2 * MIN_GAP + 1);
            }
            Arrays.sort(p);
            boolean apart = true;
            for (int i = 1; i < k; i++) {
                apart &= p[i] - p[i - 1] >= MIN_GAP;
            }
            if (apart) {
                return p;
            }
        }
    }

    /**
     * Matches detections to true changes within {@link #TOLERANCE}, closest pairs first, each true
     * change and each detection at most once.
     */
    static Score score(int[] truth, List<ChangePoint> found) {
        boolean[] matchedTruth = new boolean[truth.length];
        boolean[] matchedFound = new boolean[found.size()];
        int tp = 0;
        for (int distance = 0; distance <= TOLERANCE; distance++) {
            for (int i = 0; i < truth.length; i++) {
                for (int j = 0; j < found.size(); j++) {
                    if (!matchedTruth[i]
                            && !matchedFound[j]
                            && Math.abs(truth[i] - found.get(j).index()) == distance) {
                        matchedTruth[i] = true;
                        matchedFound[j] = true;
                        tp++;
                    }
                }
            }
        }
        return new Score(tp, found.size() - tp, truth.length - tp);
    }
}
