package org.rfcc.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rfcc.compressor.CompressionOptions;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccCompressor;
import org.rfcc.compressor.StreamingCompressor;
import org.rfcc.compressor.text.GptTokenizer;

/**
 * End-to-end inference: the latency of compressing a 2,000-token prompt with a query, the
 * latency to the first output of a streamed 20,000-token document, and the throughput of a
 * batch of four 1,000-token documents, each at one embedding batch size. Run through {@code ./rfcc-bench run
 * --suite inference}.
 */
@State(Scope.Benchmark)
public class InferenceBenchmark {
    @Param("rfcc-base-4x")
    public String model;

    @Param("8")
    public int batchSize;

    private RfccCompressor compressor;
    private CompressionRequest prompt;
    private String stream;
    private List<CompressionRequest> batch;

    @Setup
    public void setUp() {
        compressor = Models.load(model).compressor(new CompressionOptions(GptTokenizer.CL100K_BASE, batchSize));
        prompt = new CompressionRequest(
                Workload.text(Workload.LATENCY_TOKENS, Workload.SEED),
                compressor.preset().defaultRatio(),
                Workload.query(Workload.LATENCY_TOKENS, Workload.SEED));
        stream = Workload.text(Workload.STREAM_TOKENS, Workload.SEED);
        batch = Workload.batchTexts().stream()
                .map(t -> new CompressionRequest(t, compressor.preset().defaultRatio()))
                .toList();
    }

    @Benchmark
    public CompressionResult latency() {
        return compressor.compress(prompt);
    }

    @Benchmark
    public CompressionResult firstOutput() {
        try {
            return new StreamingCompressor(compressor)
                    .first(new StringReader(stream), compressor.preset().defaultRatio(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public List<CompressionResult> batch() {
        return compressor.compressAll(batch);
    }
}
