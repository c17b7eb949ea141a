package org.rfcc.examples.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A benchmark that fails when asked ({@code -p fail=yes}), as a broken benchmark of a real project
 * does: for the tests of how a failure is reported. With its default param it measures a tiny
 * operation in two modes at once, as {@code -bm all} and multi-mode annotations do.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 2, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class FailBenchmark {
    @Param({"no"})
    String fail;

    private long seed;

    @Setup
    public void setup() {
        if (fail.equals("yes")) {
            throw new IllegalStateException("asked to fail (fail=yes)");
        }
        seed = 17;
    }

    @Benchmark
    public long step() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }
}
