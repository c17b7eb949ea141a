package org.rfcc.bench.runner;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Benchmarks for the runner's own integration tests: one that works, one that throws. */
@State(Scope.Benchmark)
public class TinyBenchmark {
    @Param("1000")
    public int size;

    @Benchmark
    public double work() {
        double s = 0;
        for (int i = 1; i <= size; i++) {
            s += Math.sqrt(i);
        }
        return s;
    }

    @Benchmark
    public double broken() {
        throw new IllegalStateException("the compressor ran out of sentences");
    }
}
