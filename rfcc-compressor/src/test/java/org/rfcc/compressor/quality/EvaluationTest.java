package org.rfcc.compressor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccModel;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;

final class EvaluationTest {
    @Test
    void run_givesOneRowPerMethod_inTableOrder_withScoresInRange() {
        RfccModel model = Models.load("rfcc-base-4x");
        List<String> steps = new ArrayList<>();
        List<EvalRow> rows = new Evaluation(model.compressor(), new QualityEvaluator(model.embedder(), 16))
                .run(List.of(1_000), List.of(4.0), 42, 1, steps::add);
        assertThat(rows).extracting(EvalRow::method).containsExactly("rfcc+query", "rfcc", "random", "lead-n");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.documentSize()).isEqualTo(1_000);
            assertThat(r.scores().achievedRatio()).isBetween(3.0, 5.0);
        });
        assertThat(rows.get(0).scores().informationRetention()).isEqualTo(1.0);
        assertThat(steps).isNotEmpty();
    }

    @Test
    void compressAll_givesEveryMethodAtTheSameTarget_inTableOrder() {
        RfccModel model = Models.load("rfcc-base-4x");
        EvalDocument doc = new CorpusGenerator().generate(1_000, 7);
        Map<String, CompressionResult> all = Evaluation.compressAll(model.compressor(), doc, 4);
        assertThat(all.keySet()).containsExactly("rfcc+query", "rfcc", "random", "lead-n");
        assertThat(all.values()).allSatisfy(r -> assertThat(r.targetRatio()).isEqualTo(4.0));
        assertThat(QualityEvaluator.informationRetention(doc, all.get("rfcc+query")))
                .isGreaterThan(QualityEvaluator.informationRetention(doc, all.get("random")));
    }
}
