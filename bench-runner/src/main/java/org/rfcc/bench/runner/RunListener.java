package org.rfcc.bench.runner;

import org.rfcc.bench.model.BenchmarkResult;

/** Told of each plan as the run goes, for progress bars and logs. */
public interface RunListener {
    /** Plan {@code index} (0-based) of {@code total} starts. */
    void started(int index, int total, Plan plan);

    /** Plan {@code index} of {@code total} ended with {@code result} after {@code seconds}. */
    void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds);
}
