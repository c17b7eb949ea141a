package org.rfcc.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.runner.DirectPlan;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccModel;
import org.rfcc.compressor.corpus.EvalDocument;
import org.rfcc.compressor.quality.Baseline;
import org.rfcc.compressor.quality.Evaluation;
import org.rfcc.compressor.quality.QualityEvaluator;
import org.rfcc.compressor.quality.QualityScores;

/**
 * The deterministic quality pass, in the parent process: RFCC compresses each benchmark document
 * with its questions as the query, and the compressor's quality metrics score it. For scale, the
 * information retention of RFCC without the query and of the random and lead-N baselines at the
 * same budget comes beside it (the methods of {@link Evaluation}). Sentence vectors are shared
 * across models and ratios, so each document is embedded once.
 */
final class QualityPass {
    private QualityEvaluator evaluator;

    /** The plan that scores {@code model} on {@code doc} at {@code ratio}. */
    DirectPlan plan(
            String suite, String benchmark, Map<String, Object> params, String model, EvalDocument doc, double ratio) {
        return new DirectPlan(suite, benchmark, params, () -> measure(model, doc, ratio));
    }

    private Map<String, Metric> measure(String model, EvalDocument doc, double ratio) {
        RfccModel loaded = Models.load(model);
        if (evaluator == null) {
            evaluator = new QualityEvaluator(loaded.embedder(), 16);
        }
        Map<String, CompressionResult> byMethod = Evaluation.compressAll(loaded.compressor(), doc, ratio);
        QualityScores q = evaluator.score(doc, byMethod.get(Evaluation.RFCC_WITH_QUERY));
        Map<String, Metric> m = new LinkedHashMap<>();
        m.put("achieved_ratio", Metric.exact("ratio", Direction.HIGHER_IS_BETTER, q.achievedRatio()));
        m.put("ratio_error", Metric.exact("ratio", Direction.LOWER_IS_BETTER, q.ratioError()));
        m.put("information_retention", Metric.exact("score", Direction.HIGHER_IS_BETTER, q.informationRetention()));
        m.put("reconstruction_quality", Metric.exact("score", Direction.HIGHER_IS_BETTER, q.reconstructionQuality()));
        m.put("f1", Metric.exact("score", Direction.HIGHER_IS_BETTER, q.f1()));
        m.put("information_retention_no_query", retention(doc, byMethod.get(Evaluation.RFCC)));
        m.put("information_retention_random", retention(doc, byMethod.get(Baseline.RANDOM.id())));
        m.put("information_retention_lead_n", retention(doc, byMethod.get(Baseline.LEAD.id())));
        return m;
    }

    private static Metric retention(EvalDocument doc, CompressionResult r) {
        return Metric.exact("score", Direction.HIGHER_IS_BETTER, QualityEvaluator.informationRetention(doc, r));
    }
}
