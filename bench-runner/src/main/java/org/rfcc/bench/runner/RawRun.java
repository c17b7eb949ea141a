package org.rfcc.bench.runner;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Everything JMH measured for one plan: per fork, its measured iterations and (in sample mode)
 * the percentiles of all its samples, plus the units of the secondary results. The fork is the
 * unit of analysis; iterations stay grouped by fork.
 */
public record RawRun(
        List<List<IterationSample>> forks, List<Percentiles> forkPercentiles, Map<String, String> secondaryUnits) {
    /** The 50th and 99th percentile of one fork's sampled operation times, in ms. */
    public record Percentiles(double p50, double p99, long samples) {}

    public RawRun {
        if (forks.isEmpty() || forks.stream().anyMatch(List::isEmpty)) {
            throw new IllegalStateException("JMH returned no measured iterations");
        }
        forks = forks.stream().map(List::copyOf).toList();
        forkPercentiles = List.copyOf(forkPercentiles);
        secondaryUnits = new TreeMap<>(secondaryUnits);
    }

    /** One value per fork, as {@code f} derives it from the fork's percentiles. */
    public List<List<Double>> perFork(ToDoubleFunction<Percentiles> f) {
        return forkPercentiles.stream().map(p -> List.of(f.applyAsDouble(p))).toList();
    }

    /** One value per iteration, grouped by fork, as {@code f} derives it from each sample. */
    public List<List<Double>> series(ToDoubleFunction<IterationSample> f) {
        return forks.stream()
                .map(iterations ->
                        iterations.stream().map(s -> f.applyAsDouble(s)).toList())
                .toList();
    }
}
