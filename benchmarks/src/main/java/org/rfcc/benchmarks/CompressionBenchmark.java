package org.rfcc.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccCompressor;

/**
 * Compression speed, memory and per-stage times of RFCC on one document. Run through {@code
 * ./rfcc-bench run --suite compression}; the parameters come from benchmarks/config.yaml. The
 * stage times are the compressor's own, collected in {@link StageCounters}.
 */
@State(Scope.Benchmark)
public class CompressionBenchmark {
    @Param("rfcc-base-4x")
    public String model;

    @Param("10000")
    public int documentSize;

    @Param("4")
    public double compressionRatio;

    private RfccCompressor compressor;
    private CompressionRequest request;

    @Setup
    public void setUp() {
        compressor = Models.load(model).compressor();
        request = new CompressionRequest(Workload.text(documentSize, Workload.SEED), compressionRatio);
    }

    @Benchmark
    public CompressionResult compress(StageCounters stages) {
        CompressionResult r = compressor.compress(request);
        stages.add(r.stages());
        return r;
    }
}
