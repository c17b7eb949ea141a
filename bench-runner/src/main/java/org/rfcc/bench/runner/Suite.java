package org.rfcc.bench.runner;

import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;

/**
 * A group of benchmarks (compression, models, inference). Suites are found with
 * {@link java.util.ServiceLoader}, so the runner knows none of them by name.
 */
public interface Suite {
    /** The suite's name, e.g. {@code compression}. */
    String name();

    /** The plans of this suite under the run's configuration. */
    List<Plan> plan(RunContext context);

    /** Adds metrics that need several results of the suite (efficiency ratios, say); default none. */
    default List<BenchmarkResult> finish(List<BenchmarkResult> results) {
        return results;
    }
}
