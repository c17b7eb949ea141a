package org.rfcc.examples.jmh;

import java.util.SplittableRandom;
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
 * A CPU-bound kernel whose cost is tunable: {@code -Dsample.work.factor=1.2} makes every operation
 * do 20% more rounds, a real slowdown of 20% for a test to catch. Run it as any JMH benchmark:
 * {@code java -jar target/benchmarks.jar WorkBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class WorkBenchmark {
    /** The system property that scales the work of one operation. */
    public static final String FACTOR = "sample.work.factor";

    /** Rounds over the data per operation at factor 1. */
    private static final int ROUNDS = 40;

    @Param({"1024"})
    int size;

    private long[] data;
    private int rounds;

    @Setup
    public void setup() {
        data = new SplittableRandom(42).longs(size).toArray();
        rounds = (int) Math.round(ROUNDS * Double.parseDouble(System.getProperty(FACTOR, "1")));
    }

    @Benchmark
    public long mix() {
        long h = 0;
        for (int r = 0; r < rounds; r++) {
            for (long v : data) {
                h = Long.rotateLeft(h ^ v, 7) * 0x9E3779B97F4A7C15L;
            }
        }
        return h;
    }
}
