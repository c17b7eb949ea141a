package org.rfcc.compressor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.KeptSentence;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccModel;
import org.rfcc.compressor.Span;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;
import org.rfcc.compressor.corpus.Needle;
import org.rfcc.compressor.text.GptTokenizer;

final class QualityEvaluatorTest {
    private static final Needle FACT = Needle.of("amber-otter", "4821937");

    @Test
    void retention_needsKeyAndValueInOneSentence() {
        KeptSentence both = new KeptSentence(0, List.of(new Span(0, 1)), FACT.sentence());
        KeptSentence keyOnly = new KeptSentence(1, List.of(new Span(0, 1)), "About amber-otter.");
        KeptSentence valueOnly = new KeptSentence(2, List.of(new Span(0, 1)), "It is 4821937.");
        assertThat(QualityEvaluator.retention(List.of(FACT), List.of(both))).isEqualTo(1.0);
        assertThat(QualityEvaluator.retention(List.of(FACT), List.of(keyOnly, valueOnly)))
                .isEqualTo(0.0);
    }

    @Test
    void f1_combinesPrecisionAndRecallOfEssentialSentences() {
        List<KeptSentence> kept = List.of(
                new KeptSentence(1, List.of(new Span(0, 1)), "a"),
                new KeptSentence(4, List.of(new Span(0, 1)), "b"),
                new KeptSentence(7, List.of(new Span(0, 1)), "c"),
                new KeptSentence(9, List.of(new Span(0, 1)), "d"));
        // precision 2/4, recall 2/3
        assertThat(QualityEvaluator.f1(Set.of(1, 4, 5), kept))
                .isCloseTo(4.0 / 7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(QualityEvaluator.f1(Set.of(2), kept)).isZero();
    }

    @Test
    void score_keepingEverything_isPerfect_keepingHalfIsNot() {
        RfccModel model = Models.load("rfcc-base-4x");
        QualityEvaluator evaluator = new QualityEvaluator(model.embedder(), 16);
        EvalDocument doc = new CorpusGenerator().generate(1_000, 2);
        CompressionResult all =
                Baseline.LEAD.compressor(GptTokenizer.CL100K_BASE, 1).compress(new CompressionRequest(doc.text(), 1));
        QualityScores full = evaluator.score(doc, all);
        assertThat(full.informationRetention()).isEqualTo(1.0);
        // Ratio 1 keeps all but the sentences that tip the whole-text token count over the budget.
        assertThat(full.reconstructionQuality()).isGreaterThan(0.95).isLessThanOrEqualTo(1.0);
        assertThat(full.ratioError()).isLessThan(0.05);

        CompressionResult half =
                Baseline.LEAD.compressor(GptTokenizer.CL100K_BASE, 1).compress(new CompressionRequest(doc.text(), 2));
        QualityScores partial = evaluator.score(doc, half);
        assertThat(partial.reconstructionQuality())
                .isLessThan(full.reconstructionQuality())
                .isPositive();
        assertThat(partial.achievedRatio()).isBetween(1.8, 2.2);
    }
}
