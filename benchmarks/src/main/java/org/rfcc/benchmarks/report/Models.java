package org.rfcc.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.RunRecord;

/** The params of RFCC's benchmarks that the report groups and plots by, and lookups over them. */
final class Models {
    static final String MODEL = "model";
    static final String DOCUMENT_SIZE = "document_size";
    static final String COMPRESSION_RATIO = "compression_ratio";
    static final String BATCH_SIZE = "batch_size";

    private Models() {}

    /** The distinct models of {@code results} in order of first appearance; "" for results without one. */
    static List<String> models(List<BenchmarkResult> results) {
        Set<String> models = new LinkedHashSet<>();
        results.forEach(r -> models.add(model(r)));
        return new ArrayList<>(models);
    }

    /** The result's {@code model} param, or "" when it has none. */
    static String model(BenchmarkResult r) {
        Object m = r.params().get(MODEL);
        return m == null ? "" : String.valueOf(m);
    }

    /** The results of {@code model}. */
    static List<BenchmarkResult> ofModel(List<BenchmarkResult> results, String model) {
        return results.stream().filter(r -> model(r).equals(model)).toList();
    }

    /** The run config's {@code benchmarks.compression.compression_ratios}, empty when it is absent. */
    static List<Double> configuredRatios(RunRecord run) {
        Object node = run.config();
        for (String key : List.of("benchmarks", "compression", "compression_ratios")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(key);
        }
        if (!(node instanceof List<?> list)) {
            return List.of();
        }
        List<Double> ratios = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Number n) {
                ratios.add(n.doubleValue());
            }
        }
        return ratios;
    }

    /** {@code What — model}, or {@code What} without a model. */
    static String title(String what, String model) {
        return model.isEmpty() ? what : what + " — " + model;
    }

    /** {@code " of model"}, or nothing without a model. */
    static String of(String model) {
        return model.isEmpty() ? "" : " of " + model;
    }
}
