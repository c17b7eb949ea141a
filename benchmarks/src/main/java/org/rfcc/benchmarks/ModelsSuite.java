package org.rfcc.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RunContext;

/**
 * The models suite: cold model loading (single-shot, one iteration per fresh fork, repeat_count
 * forks) and tokenizer speed (cl100k_base, o200k_base and the model's WordPiece).
 */
public final class ModelsSuite extends RfccSuite {
    static final String NAME = "models";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Plan> plan(RunContext context) {
        BenchConfig config = context.config();
        List<Plan> plans = new ArrayList<>();
        // A cold load happens once per JVM: one single-shot iteration in each of repeat_count forks.
        var cold = new Plans.Iterations(
                0, 1, Math.max(config.forks(), config.benchmarks().compression().repeatCount()));
        for (String model : config.benchmarks().models().testModels()) {
            plans.add(Plans.jmh(
                    cold,
                    NAME,
                    "model_loading",
                    Map.of("model", model),
                    ModelLoadingBenchmark.class,
                    "load",
                    Mode.SingleShotTime,
                    false,
                    raw -> Map.of("load_time_ms", Plans.metric(raw, "ms", Direction.LOWER_IS_BETTER, s -> s.score()))));
        }
        String text = Workload.prepare(context.workDir(), Workload.TOKENIZER_TOKENS, Workload.SEED)
                .text();
        List<String> sentences = Tokenizers.sentences(text);
        for (String tokenizer : List.of("cl100k_base", "o200k_base", Tokenizers.WORDPIECE)) {
            long tokens = Tokenizers.counter(tokenizer).count(text, sentences);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("tokenizer", tokenizer);
            plans.add(Plans.jmh(
                    Plans.iterations(config),
                    NAME,
                    "tokenizer_speed",
                    params,
                    TokenizerBenchmark.class,
                    "tokenize",
                    Mode.AverageTime,
                    false,
                    raw -> Map.<String, Metric>of(
                            "tokens_per_second",
                            Plans.metric(raw, "tokens/s", Direction.HIGHER_IS_BETTER, Plans.tokensPerSecond(tokens)))));
        }
        return plans;
    }
}
