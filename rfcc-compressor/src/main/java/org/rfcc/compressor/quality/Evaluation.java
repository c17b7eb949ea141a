package org.rfcc.compressor.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.RfccCompressor;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;

/**
 * The quality matrix: RFCC with and without the query against the random and lead-N baselines,
 * over generated documents of each size and each target ratio.
 */
public final class Evaluation {
    /** Name of RFCC given the document's questions as its query. */
    public static final String RFCC_WITH_QUERY = "rfcc+query";
    /** Name of RFCC without a query. */
    public static final String RFCC = "rfcc";

    private final RfccCompressor rfcc;
    private final QualityEvaluator evaluator;
    private final CorpusGenerator generator = new CorpusGenerator();

    /** Evaluates {@code rfcc}, scoring with its own embedding model. */
    public Evaluation(RfccCompressor rfcc, QualityEvaluator evaluator) {
        this.rfcc = rfcc;
        this.evaluator = evaluator;
    }

    /**
     * Runs the matrix and returns one row per (size, ratio, method), methods in the order
     * rfcc+query, rfcc, random, lead-n.
     *
     * @param documents documents per size, seeded {@code seed}, {@code seed + 1}, …
     * @param progress told a short description of each step as it starts
     */
    public List<EvalRow> run(
            List<Integer> sizes, List<Double> ratios, long seed, int documents, Consumer<String> progress) {
        List<EvalRow> rows = new ArrayList<>();
        for (int size : sizes) {
            List<EvalDocument> docs = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                progress.accept("generating document " + (d + 1) + "/" + documents + " of " + size + " tokens");
                docs.add(generator.generate(size, seed + d));
            }
            for (double ratio : ratios) {
                progress.accept("evaluating " + size + " tokens at ratio " + ratio);
                Map<String, List<QualityScores>> byMethod = new LinkedHashMap<>();
                for (EvalDocument doc : docs) {
                    for (Map.Entry<String, CompressionResult> e :
                            compressAll(rfcc, doc, ratio).entrySet()) {
                        byMethod.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add(evaluator.score(doc, e.getValue()));
                    }
                }
                byMethod.forEach(
                        (method, scores) -> rows.add(new EvalRow(size, ratio, method, docs.size(), mean(scores))));
            }
        }
        return rows;
    }

    /**
     * {@code doc} compressed at {@code ratio} by every method, by name, in the order rfcc+query,
     * rfcc, random, lead-n. The baselines count in {@code rfcc}'s tokenizer; random is seeded with
     * the document's seed, so the same document always gets the same random selection.
     */
    public static Map<String, CompressionResult> compressAll(RfccCompressor rfcc, EvalDocument doc, double ratio) {
        Map<String, CompressionResult> out = new LinkedHashMap<>();
        out.put(RFCC_WITH_QUERY, rfcc.compress(new CompressionRequest(doc.text(), ratio, doc.query())));
        out.put(RFCC, rfcc.compress(new CompressionRequest(doc.text(), ratio)));
        for (Baseline b : Baseline.values()) {
            out.put(
                    b.id(),
                    b.compressor(rfcc.options().tokenizer(), doc.seed())
                            .compress(new CompressionRequest(doc.text(), ratio)));
        }
        return out;
    }

    private static QualityScores mean(List<QualityScores> scores) {
        int n = scores.size();
        return new QualityScores(
                scores.stream().mapToDouble(QualityScores::achievedRatio).sum() / n,
                scores.stream().mapToDouble(QualityScores::ratioError).sum() / n,
                scores.stream().mapToDouble(QualityScores::informationRetention).sum() / n,
                scores.stream()
                                .mapToDouble(QualityScores::reconstructionQuality)
                                .sum()
                        / n,
                scores.stream().mapToDouble(QualityScores::f1).sum() / n);
    }
}
