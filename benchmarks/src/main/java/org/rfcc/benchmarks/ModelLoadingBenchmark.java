package org.rfcc.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccModel;

/**
 * Cold model loading: run single-shot, one measured iteration per fresh fork, since a second
 * load in the same JVM is not a cold load. Run through {@code ./rfcc-bench run --suite models}.
 */
@State(Scope.Benchmark)
public class ModelLoadingBenchmark {
    @Param("rfcc-base-4x")
    public String model;

    @Benchmark
    public RfccModel load() {
        return Models.load(model);
    }
}
