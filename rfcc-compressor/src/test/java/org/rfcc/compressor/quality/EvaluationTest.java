package org.rfcc.compressor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccModel;

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
}
