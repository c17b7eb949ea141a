package org.rfcc.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RunContext;

/**
 * The inference suite over model × embedding batch size: latency (p50, p99 over each fork's
 * samples of compressing a 2,000-token prompt with a query; time to the first streamed output)
 * and batch processing (throughput of four
 * 1,000-token documents per call, and its efficiency relative to the smallest batch size).
 */
public final class InferenceSuite extends RfccSuite {
    static final String NAME = "inference";
    static final String LATENCY = "inference_latency";
    static final String FIRST_OUTPUT = "first_output";
    static final String BATCH = "batch_processing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Plan> plan(RunContext context) {
        BenchConfig config = context.config();
        Workload.prepare(context.workDir(), Workload.STREAM_TOKENS, Workload.SEED);
        Workload.prepare(context.workDir(), Workload.LATENCY_TOKENS, Workload.SEED);
        long batchTokens = 0;
        for (int i = 0; i < Workload.BATCH_DOCUMENTS; i++) {
            batchTokens += Workload.prepare(context.workDir(), Workload.BATCH_TOKENS, Workload.SEED + 1 + i)
                    .tokens();
        }
        long tokens = batchTokens;
        List<Plan> plans = new ArrayList<>();
        for (String model : config.benchmarks().models().testModels()) {
            for (int batchSize : config.benchmarks().models().batchSizes()) {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("model", model);
                params.put("batch_size", batchSize);
                plans.add(Plans.jmh(
                        Plans.iterations(config),
                        NAME,
                        LATENCY,
                        params,
                        InferenceBenchmark.class,
                        "latency",
                        Mode.SampleTime,
                        false,
                        raw -> {
                            Map<String, Metric> m = new LinkedHashMap<>();
                            m.put(
                                    "latency_p50_ms",
                                    new Metric("ms", Direction.LOWER_IS_BETTER, raw.perFork(p -> p.p50())));
                            m.put(
                                    "latency_p99_ms",
                                    new Metric("ms", Direction.LOWER_IS_BETTER, raw.perFork(p -> p.p99())));
                            return m;
                        }));
                plans.add(Plans.jmh(
                        Plans.iterations(config),
                        NAME,
                        FIRST_OUTPUT,
                        params,
                        InferenceBenchmark.class,
                        "firstOutput",
                        Mode.AverageTime,
                        false,
                        raw -> Map.of(
                                "first_token_latency_ms",
                                Plans.metric(raw, "ms", Direction.LOWER_IS_BETTER, s -> s.score()))));
                plans.add(Plans.jmh(
                        Plans.iterations(config),
                        NAME,
                        BATCH,
                        params,
                        InferenceBenchmark.class,
                        "batch",
                        Mode.AverageTime,
                        false,
                        raw -> Map.of(
                                "throughput_tokens_per_second",
                                Plans.metric(
                                        raw, "tokens/s", Direction.HIGHER_IS_BETTER, Plans.tokensPerSecond(tokens)))));
            }
        }
        return plans;
    }

    /** A model's plans share a slice: {@link #finish} joins latency with first output, and batches with the smallest. */
    @Override
    public String shardGroup(Plan plan) {
        return NAME + "/model=" + plan.params().get("model");
    }

    @Override
    public List<BenchmarkResult> finish(List<BenchmarkResult> results) {
        return withEfficiency(Plans.merge(results, FIRST_OUTPUT, LATENCY));
    }

    /** Adds batch_efficiency: per fork, its throughput at this batch size ÷ the throughput value at the smallest. */
    private static List<BenchmarkResult> withEfficiency(List<BenchmarkResult> results) {
        Map<Object, BenchmarkResult> smallest = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            if (r.benchmark().equals(BATCH) && r.status() == Status.OK) {
                BenchmarkResult s = smallest.get(r.params().get("model"));
                if (s == null || batchSize(r) < batchSize(s)) {
                    smallest.put(r.params().get("model"), r);
                }
            }
        }
        List<BenchmarkResult> out = new ArrayList<>();
        for (BenchmarkResult r : results) {
            BenchmarkResult base = smallest.get(r.params().get("model"));
            if (!r.benchmark().equals(BATCH) || r.status() != Status.OK || base == null) {
                out.add(r);
                continue;
            }
            double baseline = base.metrics().get("throughput_tokens_per_second").value();
            List<List<Double>> efficiency = Arrays.stream(
                            r.metrics().get("throughput_tokens_per_second").forkValues())
                    .mapToObj(fork -> List.of(fork / baseline))
                    .toList();
            Map<String, Metric> metrics = new LinkedHashMap<>(r.metrics());
            metrics.put("batch_efficiency", new Metric("ratio", Direction.HIGHER_IS_BETTER, efficiency));
            out.add(BenchmarkResult.ok(r.suite(), r.benchmark(), r.params(), metrics));
        }
        return out;
    }

    private static int batchSize(BenchmarkResult r) {
        return ((Number) r.params().get("batch_size")).intValue();
    }
}
