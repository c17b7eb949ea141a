package org.rfcc.bench.runner;

import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;

/** Told of each plan as the run goes, for progress bars and logs. */
public interface RunListener {
    /** The whole run's plans, before the first starts. */
    default void planned(List<Plan> plans) {}

    /** Plan {@code index} (0-based) of {@code total} starts. */
    void started(int index, int total, Plan plan);

    /** Plan {@code index} of {@code total} ended with {@code result} after {@code seconds}. */
    void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds);
}
