package org.rfcc.bench.runner;

import java.util.List;
import org.rfcc.bench.model.BenchmarkResult;

/** Told of each plan as the run goes, for progress bars and logs. */
public interface RunListener {
    /** The whole run's plans, before the first starts. */
    default void planned(List<Plan> plans) {}

    /**
     * The run is {@code shard} of its matrix of {@code matrix} plans; {@code balance} holds each
     * slice's expected wall seconds (index 0 is slice 1). Told before {@link #planned}.
     */
    default void sharded(Shard shard, int matrix, double[] balance) {}

    /** Plan {@code index} (0-based) of {@code total} starts. */
    void started(int index, int total, Plan plan);

    /** Plan {@code index} of {@code total} ended with {@code result} after {@code seconds}. */
    void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds);
}
