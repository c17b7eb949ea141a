package org.rfcc.compressor.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rfcc.compressor.KeptSentence;
import org.rfcc.compressor.Tuning;
import org.rfcc.compressor.embed.Vectors;

/**
 * Chooses the sentences to keep. The embedded candidates are taken first by maximal marginal
 * relevance (salience to their centroid, relevance to the query, a position prior, less the
 * similarity to what is already kept); the remaining budget is filled in lexical order. The
 * kept sentences are returned in their original order, pruned when the ratio asks for it.
 */
public final class Selector {
    private Selector() {}

    /**
     * Selects from an analysed document.
     *
     * @param vectors unit vectors of the analysis' candidates, in candidate order
     * @param queryVector unit vector of the query, or null without one
     */
    public static List<KeptSentence> select(Analysis a, float[][] vectors, float[] queryVector, Tuning tuning) {
        int budget = a.selectionBudget(tuning);
        List<Integer> picked = new ArrayList<>();
        int used = pickByMmr(a, vectors, queryVector, tuning, budget, picked);
        fillLexically(a, budget, used, picked);
        if (picked.isEmpty() && !a.sentences().isEmpty()) {
            // No whole sentence fits a tiny budget: keep the best one, pruned to fit.
            picked.add(a.rankedByLexicalScore().get(0));
            return WordPruner.prune(a, picked, a.budget());
        }
        if (a.prunes(tuning)) {
            return WordPruner.prune(a, picked, a.budget());
        }
        int[] order = picked.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<KeptSentence> kept = new ArrayList<>(order.length);
        for (int i : order) {
            kept.add(KeptSentence.whole(a.sentences().get(i)));
        }
        return kept;
    }

    private static int pickByMmr(
            Analysis a, float[][] vectors, float[] queryVector, Tuning tuning, int budget, List<Integer> picked) {
        int[] candidates = a.candidates();
        int n = candidates.length;
        if (n == 0) {
            return 0;
        }
        float[] centroid = Vectors.centroid(Arrays.asList(vectors), vectors[0].length);
        double[] relevance = new double[n];
        for (int c = 0; c < n; c++) {
            int i = candidates[c];
            double query = queryVector == null ? 0 : 0.5 * Vectors.dot(vectors[c], queryVector) + 0.5 * a.queryScore(i);
            relevance[c] = tuning.salienceWeight() * Vectors.dot(vectors[c], centroid)
                    + tuning.queryWeight() * query
                    + tuning.positionWeight() * a.position(i);
        }
        double lambda = tuning.redundancy();
        double[] maxSimilarity = new double[n];
        boolean[] done = new boolean[n];
        int used = 0;
        while (true) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (done[c] || a.tokens(candidates[c]) > budget - used) {
                    continue;
                }
                double score = (1 - lambda) * relevance[c] - lambda * maxSimilarity[c];
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best < 0) {
                return used;
            }
            done[best] = true;
            picked.add(candidates[best]);
            used += a.tokens(candidates[best]);
            for (int c = 0; c < n; c++) {
                if (!done[c]) {
                    maxSimilarity[c] = Math.max(maxSimilarity[c], Vectors.dot(vectors[c], vectors[best]));
                }
            }
        }
    }

    private static void fillLexically(Analysis a, int budget, int used, List<Integer> picked) {
        Set<Integer> taken = new HashSet<>(picked);
        Set<String> texts = new HashSet<>();
        picked.forEach(i -> texts.add(a.sentences().get(i).text()));
        for (int i : a.rankedByLexicalScore()) {
            if (used >= budget) {
                return;
            }
            if (taken.contains(i)
                    || a.tokens(i) > budget - used
                    || !texts.add(a.sentences().get(i).text())) {
                continue;
            }
            picked.add(i);
            used += a.tokens(i);
        }
    }
}
