package org.rfcc.bench.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg q-values: a change is a discovery at false-discovery rate q when its q-value
 * is at most q, which keeps the expected share of false discoveries among them at or below q.
 */
final class BenjaminiHochberg {
    private BenjaminiHochberg() {}

    /** The q-value of each p-value, in the same order. */
    static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
