package org.rfcc.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RawRun;
import org.rfcc.bench.runner.ResourceProfiler;
import org.rfcc.bench.runner.RunContext;
import org.rfcc.bench.runner.Suite;
import org.rfcc.compressor.corpus.EvalDocument;

/**
 * The compression suite: speed and memory over model × document size × ratio (one JMH run each,
 * split into compression_speed and memory_usage), and the quality pass (compression_ratio).
 */
public final class CompressionSuite implements Suite {
    static final String NAME = "compression";
    static final String SPEED = "compression_speed";
    static final String MEMORY = "memory_usage";
    static final String QUALITY = "compression_ratio";
    private static final String GC_ALLOC_NORM = "gc.alloc.rate.norm";
    private static final List<String> MEMORY_METRICS = List.of("peak_heap_mb", "peak_rss_mb", "alloc_mb_per_op");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Plan> plan(RunContext context) {
        BenchConfig config = context.config();
        var compression = config.benchmarks().compression();
        List<Plan> timed = new ArrayList<>();
        List<Plan> quality = new ArrayList<>();
        QualityPass pass = new QualityPass();
        for (String model : config.benchmarks().models().testModels()) {
            for (int size : compression.documentSizes()) {
                EvalDocument doc = Workload.prepare(context.workDir(), size, Workload.SEED);
                for (double ratio : compression.compressionRatios()) {
                    Map<String, Object> params = new LinkedHashMap<>();
                    params.put("model", model);
                    params.put("document_size", size);
                    params.put("compression_ratio", Plans.number(ratio));
                    Mode mode = size >= Plans.SINGLE_SHOT_FROM_TOKENS ? Mode.SingleShotTime : Mode.AverageTime;
                    timed.add(Plans.jmh(
                            Plans.iterations(config),
                            NAME,
                            SPEED,
                            params,
                            CompressionBenchmark.class,
                            "compress",
                            mode,
                            true,
                            raw -> speedAndMemory(raw, doc.tokens())));
                    quality.add(pass.plan(NAME, QUALITY, params, model, doc, ratio));
                }
            }
        }
        timed.addAll(quality);
        return timed;
    }

    private static Map<String, Metric> speedAndMemory(RawRun raw, long tokens) {
        Map<String, Metric> m = new LinkedHashMap<>();
        m.put(
                "tokens_per_second",
                Plans.metric(raw, "tokens/s", Direction.HIGHER_IS_BETTER, Plans.tokensPerSecond(tokens)));
        m.put("end_to_end_ms", Plans.metric(raw, "ms", Direction.LOWER_IS_BETTER, s -> s.score()));
        m.put(
                "documents_per_minute",
                Plans.metric(raw, "documents/min", Direction.HIGHER_IS_BETTER, s -> 60_000 / s.score()));
        m.put(
                "cpu_utilization",
                Plans.metric(raw, "ratio", Direction.LOWER_IS_BETTER, s -> s.secondary(ResourceProfiler.CPU)));
        m.put(
                "peak_heap_mb",
                Plans.metric(raw, "MB", Direction.LOWER_IS_BETTER, s -> s.secondary(ResourceProfiler.PEAK_HEAP)));
        m.put(
                "peak_rss_mb",
                Plans.metric(raw, "MB", Direction.LOWER_IS_BETTER, s -> s.secondary(ResourceProfiler.PEAK_RSS)));
        m.put(
                "alloc_mb_per_op",
                Plans.metric(
                        raw, "MB/op", Direction.LOWER_IS_BETTER, s -> Plans.megabytes(s.secondary(GC_ALLOC_NORM))));
        Plans.keepSecondaries(
                raw, m, List.of(ResourceProfiler.CPU, ResourceProfiler.PEAK_HEAP, ResourceProfiler.PEAK_RSS));
        return m;
    }

    @Override
    public List<BenchmarkResult> finish(List<BenchmarkResult> results) {
        return Plans.split(results, SPEED, MEMORY, MEMORY_METRICS);
    }
}
