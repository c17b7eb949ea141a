package org.rfcc.compressor.select;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.Words;

/**
 * TF-IDF and BM25 over the sentences of one document. It is the cheap first stage of RFCC: it
 * ranks every sentence, and decides which ones are worth embedding.
 */
public final class LexicalIndex {
    private static final double BM25_K1 = 1.2;
    private static final double BM25_B = 0.75;

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final int[][] termIds;
    private final int[][] termCounts;
    private final int[] lengths;
    private final int[] documentFrequency;
    private final double[] idf;
    private final double averageLength;

    private LexicalIndex(List<Sentence> sentences) {
        int n = sentences.size();
        termIds = new int[n][];
        termCounts = new int[n][];
        lengths = new int[n];
        long totalLength = 0;
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> counts = new HashMap<>();
            List<String> terms = Words.terms(sentences.get(i).text());
            for (String term : terms) {
                int id = vocabulary.computeIfAbsent(term, t -> vocabulary.size());
                counts.merge(id, 1, Integer::sum);
            }
            lengths[i] = terms.size();
            totalLength += terms.size();
            termIds[i] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            termCounts[i] = new int[termIds[i].length];
            for (int k = 0; k < termIds[i].length; k++) {
                termCounts[i][k] = counts.get(termIds[i][k]);
            }
        }
        documentFrequency = new int[vocabulary.size()];
        for (int[] ids : termIds) {
            for (int id : ids) {
                documentFrequency[id]++;
            }
        }
        idf = new double[vocabulary.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log(1 + (n - documentFrequency[id] + 0.5) / (documentFrequency[id] + 0.5));
        }
        averageLength = n == 0 ? 0 : (double) totalLength / n;
    }

    /** Indexes the sentences of one document. */
    public static LexicalIndex of(List<Sentence> sentences) {
        return new LexicalIndex(sentences);
    }

    /** In how many sentences {@code term} (lower case) occurs; 0 if never. */
    public int documentFrequency(String term) {
        Integer id = vocabulary.get(term);
        return id == null ? 0 : documentFrequency[id];
    }

    /** The BM25 inverse document frequency of {@code term}; terms absent from the document get the highest. */
    public double idf(String term) {
        Integer id = vocabulary.get(term);
        int df = id == null ? 0 : documentFrequency[id];
        return Math.log(1 + (termIds.length - df + 0.5) / (df + 0.5));
    }

    /** Cosine similarity of each sentence's TF-IDF vector to the document's TF-IDF centroid. */
    public double[] salience() {
        double[] centroid = new double[idf.length];
        double[][] weights = new double[termIds.length][];
        for (int i = 0; i < termIds.length; i++) {
            weights[i] = new double[termIds[i].length];
            double norm = 0;
            for (int k = 0; k < termIds[i].length; k++) {
                double w = (1 + Math.log(termCounts[i][k])) * idf[termIds[i][k]];
                weights[i][k] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < termIds[i].length && norm > 0; k++) {
                weights[i][k] /= norm;
                centroid[termIds[i][k]] += weights[i][k];
            }
        }
        double centroidNorm = 0;
        for (double c : centroid) {
            centroidNorm += c * c;
        }
        centroidNorm = Math.sqrt(centroidNorm);
        double[] out = new double[termIds.length];
        for (int i = 0; i < termIds.length && centroidNorm > 0; i++) {
            double dot = 0;
            for (int k = 0; k < termIds[i].length; k++) {
                dot += weights[i][k] * centroid[termIds[i][k]];
            }
            out[i] = dot / centroidNorm;
        }
        return out;
    }

    /** The BM25 score of each sentence for the query terms. */
    public double[] bm25(List<String> queryTerms) {
        double[] out = new double[termIds.length];
        for (String term : queryTerms) {
            Integer id = vocabulary.get(term);
            if (id == null) {
                continue;
            }
            for (int i = 0; i < termIds.length; i++) {
                int tf = countOf(i, id);
                if (tf > 0) {
                    double norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[i] / Math.max(averageLength, 1e-9));
                    out[i] += idf[id] * tf * (BM25_K1 + 1) / (tf + norm);
                }
            }
        }
        return out;
    }

    private int countOf(int sentence, int id) {
        int[] ids = termIds[sentence];
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == id) {
                return termCounts[sentence][k];
            }
        }
        return 0;
    }
}
