package org.rfcc.bench.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;

/**
 * Simulated runs for the property tests: {@code metrics} speed metrics (half times, half
 * throughputs), each measured in {@code forks} JVM forks of 10 iterations. A fork's level varies
 * from the true value by a log-normal factor of {@code forkCv} (the JVM-to-JVM noise); its
 * iterations vary around the fork's level by 1%, and with {@code outlierRate} an iteration is
 * 1.5 to 3 times slower (a GC pause, a noisy neighbour).
 */
final class SimulatedRuns {
    static final int ITERATIONS = 10;

    private final Random random;
    private final int metrics;
    private final int forks;
    private final double forkCv;
    private final double outlierRate;

    SimulatedRuns(long seed, int metrics, int forks, double forkCv, double outlierRate) {
        this.random = new Random(seed);
        this.metrics = metrics;
        this.forks = forks;
        this.forkCv = forkCv;
        this.outlierRate = outlierRate;
    }

    /** A run of the unchanged code. */
    RunRecord run(String id) {
        return run(id, -1, 0);
    }

    /**
     * A run in which metric {@code slowed} (or none, when negative) is {@code slowdownPct} percent
     * slower: its time is that factor longer, or its throughput that factor smaller.
     */
    RunRecord run(String id, int slowed, double slowdownPct) {
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < metrics; i++) {
            boolean time = i % 2 == 0;
            double factor = i == slowed ? 1 + slowdownPct / 100 : 1;
            double truth = time ? 10.0 * (1 + i) * factor : 1000.0 * (1 + i) / factor;
            Map<String, Metric> m = new LinkedHashMap<>();
            m.put(
                    time ? "end_to_end_ms" : "tokens_per_second",
                    metric(
                            time ? "ms" : "tokens/s",
                            time ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                            truth,
                            time));
            results.add(BenchmarkResult.ok("sim", "bench_" + i, Map.of("n", i), m));
        }
        return Runs.run(id, null, Map.of("forks", forks), results);
    }

    private Metric metric(String unit, Direction direction, double truth, boolean time) {
        List<List<Double>> samples = new ArrayList<>();
        double sum = 0;
        for (int f = 0; f < forks; f++) {
            double level = truth * Math.exp(random.nextGaussian() * forkCv);
            List<Double> iterations = new ArrayList<>();
            for (int i = 0; i < ITERATIONS; i++) {
                double v = level * Math.exp(random.nextGaussian() * 0.01);
                if (random.nextDouble() < outlierRate) {
                    double slow = 1.5 + 1.5 * random.nextDouble();
                    v = time ? v * slow : v / slow;
                }
                iterations.add(v);
                sum += v;
            }
            samples.add(iterations);
        }
        double mean = sum / (forks * ITERATIONS);
        return new Metric(unit, direction, samples);
    }
}
