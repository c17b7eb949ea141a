package org.rfcc.bench.runner;

import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;

/**
 * A group of benchmarks (compression, models, inference). Suites are found with
 * {@link java.util.ServiceLoader}, so the runner knows none of them by name; what the framework
 * needs to know of their metrics comes through their {@link org.rfcc.bench.model.seam.Catalog}.
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

    /**
     * The plans that {@code run --shard} keeps in one slice share a group: those whose results
     * {@link #finish} joins. Default: each plan its own group, its label.
     */
    default String shardGroup(Plan plan) {
        return plan.label();
    }

    /** Flags every fork of this suite needs (system properties its libraries read at start); default none. */
    default List<String> forkJvmArgs() {
        return List.of();
    }

    /** The packages of the code these benchmarks measure, for {@code run --coverage}; default none. */
    default List<String> measuredPackages() {
        return List.of();
    }

    /**
     * A main class and its arguments that run a representative workload of that code on this
     * classpath, in a JVM of its own: the profile whose hot methods are {@code run --coverage}'s
     * critical paths; default none.
     */
    default List<String> representativeWorkload() {
        return List.of();
    }
}
