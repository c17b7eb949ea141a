package org.rfcc.bench.model.config;

import java.util.List;

/** The models under test and the batch sizes each is run with. */
public record ModelsSection(List<String> testModels, List<Integer> batchSizes) {
    public ModelsSection {
        testModels = Checks.nonEmpty("test_models", testModels, Checks::text, "model names");
        batchSizes = Checks.nonEmpty("batch_sizes", batchSizes, b -> b != null && b >= 1, "positive integers");
    }
}
