package org.rfcc.benchmarks;

import java.util.Random;
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
import org.rfcc.bench.stats.ChangePointDetector;
import org.rfcc.bench.stats.EDivisiveMeans;

/**
 * Change point detection speed: E-Divisive means with its defaults over {@code series} series of
 * {@code length} points, each with 0–3 level shifts of 5–30%, 1–3% Gaussian noise and the odd outlier.
 * One operation detects the change points of all of them; the goal is 10,000 × 200 within 10 s. Not part
 * of {@code rfcc-bench run}; run it with
 * {@code java -cp 'distribution/target/app/lib/*' org.openjdk.jmh.Main ChangePointBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ChangePointBenchmark {
    @Param("10000")
    public int series;

    @Param("200")
    public int length;

    private final ChangePointDetector detector = new EDivisiveMeans();
    private double[][] data;

    @Setup
    public void setUp() {
        Random random = new Random(12345);
        data = new double[series][];
        for (int s = 0; s < series; s++) {
            data[s] = series(random);
        }
    }

    /** The number of change points found in all series. */
    @Benchmark
    public int detectAll() {
        int found = 0;
        for (double[] x : data) {
            found += detector.detect(x).size();
        }
        return found;
    }

    private double[] series(Random random) {
        double[] x = new double[length];
        double level = 100;
        double cv = 0.01 + 0.02 * random.nextDouble();
        int shifts = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(length) < shifts) {
                double size = 0.05 + 0.25 * random.nextDouble();
                level *= 1 + (random.nextBoolean() ? size : -size);
            }
            x[i] = level * (1 + cv * random.nextGaussian());
            if (random.nextDouble() < 0.01) {
                x[i] *= 1.5;
            }
        }
        return x;
    }
}
