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
import org.rfcc.bench.runner.IterationSample;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RawRun;
import org.rfcc.bench.runner.ResourceProfiler;
import org.rfcc.bench.runner.RunContext;
import org.rfcc.compressor.corpus.EvalDocument;

/**
 * The compression suite: speed, memory and stage times over model × document size × ratio (one
 * JMH run each, split into compression_speed, memory_usage and compression_stages), and the quality
 * pass (compression_ratio).
 */
public final class CompressionSuite extends RfccSuite {
    static final String NAME = "compression";
    static final String SPEED = "compression_speed";
    static final String MEMORY = "memory_usage";
    static final String QUALITY = "compression_ratio";
    static final String STAGES = "compression_stages";
    private static final String GC_ALLOC_NORM = "gc.alloc.rate.norm";
    private static final List<String> MEMORY_METRICS = List.of("peak_heap_mb", "peak_rss_mb", "alloc_mb_per_op");
    /** Each compression_stages metric and the {@link StageCounters} sum it is the per-compression mean of. */
    private static final List<Map.Entry<String, String>> STAGE_COUNTERS = List.of(
            Map.entry("split_ms", StageCounters.SPLIT),
            Map.entry("tokenize_ms", StageCounters.TOKENIZE),
            Map.entry("embed_ms", StageCounters.EMBED),
            Map.entry("select_ms", StageCounters.SELECT));

    private static final List<String> STAGE_METRICS =
            STAGE_COUNTERS.stream().map(Map.Entry::getKey).toList();

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
                    params.put("compression_ratio", ratio);
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
                            raw -> timed(raw, doc.tokens())));
                    quality.add(pass.plan(NAME, QUALITY, params, model, doc, ratio));
                }
            }
        }
        timed.addAll(quality);
        return timed;
    }

    /** Every metric of the timed run; {@link #finish} splits off memory_usage and compression_stages. */
    static Map<String, Metric> timed(RawRun raw, long tokens) {
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
        STAGE_COUNTERS.forEach(stage -> m.put(
                stage.getKey(),
                Plans.metric(raw, "ms", Direction.LOWER_IS_BETTER, s -> perCompression(s, stage.getValue()))));
        List<String> mapped =
                new ArrayList<>(List.of(ResourceProfiler.CPU, ResourceProfiler.PEAK_HEAP, ResourceProfiler.PEAK_RSS));
        mapped.addAll(StageCounters.ALL);
        Plans.keepSecondaries(raw, m, mapped);
        return m;
    }

    // A stage's time summed over the iteration ÷ the iteration's compressions.
    private static double perCompression(IterationSample s, String sum) {
        double compressions = s.secondary(StageCounters.COMPRESSIONS);
        if (compressions <= 0) {
            throw new IllegalStateException("an iteration counted no compressions in " + StageCounters.COMPRESSIONS);
        }
        return s.secondary(sum) / compressions;
    }

    @Override
    public List<BenchmarkResult> finish(List<BenchmarkResult> results) {
        return Plans.split(
                results, SPEED, List.of(new Plans.Part(MEMORY, MEMORY_METRICS), new Plans.Part(STAGES, STAGE_METRICS)));
    }
}
