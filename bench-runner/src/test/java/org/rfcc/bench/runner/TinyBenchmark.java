package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmarks for the runner's own integration tests: one that works, one that throws, and one that
 * leaks (it keeps every result, 4 KiB each, as a cache that is never evicted would).
 */
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

    /** Every result {@link #leaky()} made: it is never cleared. */
    static final List<long[]> KEPT = new ArrayList<>();

    @Benchmark
    public long[] leaky() {
        long[] result = new long[512];
        result[0] = (long) work();
        KEPT.add(result);
        return result;
    }

    @Benchmark
    public double broken() {
        throw new IllegalStateException("the compressor ran out of sentences");
    }
}
