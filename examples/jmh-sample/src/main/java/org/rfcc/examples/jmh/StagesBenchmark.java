package org.rfcc.examples.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A two-stage pipeline, {@code parse} then {@code score}, of equal cost, whose second stage alone
 * can be slowed: {@code -Dsample.score.factor=3} makes {@code score} do three times its work, a real
 * slowdown in one named method, for a differential profile to find.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class StagesBenchmark {
    /** The system property that scales the work of {@code score}. */
    public static final String SCORE_FACTOR = "sample.score.factor";

    /** Rounds over the data of each stage at factor 1. */
    private static final int ROUNDS = 20;

    private long[] data;
    private int scoreRounds;

    @Setup
    public void setup() {
        data = new SplittableRandom(7).longs(1024).toArray();
        scoreRounds = (int) Math.round(ROUNDS * Double.parseDouble(System.getProperty(SCORE_FACTOR, "1")));
    }

    @Benchmark
    public long pipeline() {
        return score(parse());
    }

    /** The first stage: a hash over the data. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    long parse() {
        long h = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (long v : data) {
                h = Long.rotateLeft(h ^ v, 7) * 0x9E3779B97F4A7C15L;
            }
        }
        return h;
    }

    /** The second stage: another pass, {@code sample.score.factor} times as long. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    long score(long seed) {
        long h = seed;
        for (int r = 0; r < scoreRounds; r++) {
            for (long v : data) {
                h = Long.rotateLeft(h + v, 11) * 0xC2B2AE3D27D4EB4FL;
            }
        }
        return h;
    }
}
