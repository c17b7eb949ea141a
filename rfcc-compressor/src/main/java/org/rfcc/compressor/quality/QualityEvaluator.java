package org.rfcc.compressor.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.KeptSentence;
import org.rfcc.compressor.corpus.EvalDocument;
import org.rfcc.compressor.corpus.Needle;
import org.rfcc.compressor.embed.SentenceEmbedder;
import org.rfcc.compressor.embed.Vectors;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;

/**
 * Scores compressions of evaluation documents. Deterministic: no timing is involved. Sentence
 * vectors are cached by text, since every method and ratio is scored against the same originals.
 */
public final class QualityEvaluator {
    private final SentenceEmbedder embedder;
    private final int batchSize;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    /** An evaluator that embeds with {@code embedder} in batches of {@code batchSize}. */
    public QualityEvaluator(SentenceEmbedder embedder, int batchSize) {
        this.embedder = embedder;
        this.batchSize = batchSize;
    }

    /** Scores {@code result}, a compression of {@code doc}. */
    public QualityScores score(EvalDocument doc, CompressionResult result) {
        List<Sentence> originals = SentenceSplitter.split(doc.text());
        double achieved = result.achievedRatio();
        double ratioError = Double.isInfinite(achieved) ? 1.0 : Math.abs(achieved / result.targetRatio() - 1);
        return new QualityScores(
                achieved,
                ratioError,
                informationRetention(doc, result),
                reconstruction(originals, result.kept()),
                f1(essential(originals, doc.queried()), result.kept()));
    }

    /**
     * The information retention of {@code result}, a compression of {@code doc}, alone: cheap, as it
     * embeds nothing.
     */
    public static double informationRetention(EvalDocument doc, CompressionResult result) {
        return retention(doc.queried(), result.kept());
    }

    /** Share of {@code facts} whose key and value both appear in one kept sentence. */
    static double retention(List<Needle> facts, List<KeptSentence> kept) {
        if (facts.isEmpty()) {
            return 1.0;
        }
        long found = facts.stream()
                .filter(f -> kept.stream()
                        .anyMatch(k -> k.text().contains(f.key()) && k.text().contains(f.value())))
                .count();
        return (double) found / facts.size();
    }

    /** Indices of the original sentences that state a queried fact. */
    static Set<Integer> essential(List<Sentence> originals, List<Needle> queried) {
        Set<String> needleSentences = new HashSet<>();
        queried.forEach(n -> needleSentences.add(n.sentence()));
        Set<Integer> out = new HashSet<>();
        originals.stream().filter(s -> needleSentences.contains(s.text())).forEach(s -> out.add(s.index()));
        return out;
    }

    /** F1 of the kept sentence indices against the essential ones. */
    static double f1(Set<Integer> essential, List<KeptSentence> kept) {
        if (essential.isEmpty() || kept.isEmpty()) {
            return 0.0;
        }
        long hits = kept.stream().filter(k -> essential.contains(k.index())).count();
        double precision = (double) hits / kept.size();
        double recall = (double) hits / essential.size();
        return hits == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    private double reconstruction(List<Sentence> originals, List<KeptSentence> kept) {
        if (kept.isEmpty()) {
            return 0.0;
        }
        List<float[]> keptVectors =
                vectors(kept.stream().map(KeptSentence::text).toList());
        List<float[]> originalVectors =
                vectors(originals.stream().map(Sentence::text).toList());
        double sum = 0;
        for (float[] o : originalVectors) {
            double best = 0;
            for (float[] k : keptVectors) {
                best = Math.max(best, Vectors.dot(o, k));
            }
            sum += Math.min(1.0, best);
        }
        return sum / originalVectors.size();
    }

    private List<float[]> vectors(List<String> texts) {
        List<String> missing =
                texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        float[][] fresh = embedder.embed(missing, batchSize);
        for (int i = 0; i < fresh.length; i++) {
            cache.put(missing.get(i), fresh[i]);
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(cache.get(t)));
        return out;
    }
}
