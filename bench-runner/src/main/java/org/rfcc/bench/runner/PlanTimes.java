package org.rfcc.bench.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.BenchmarkResult;

/**
 * Passes everything on to another listener and keeps the wall seconds of each plan that ran, by
 * label: what a run records as its {@code plan_seconds}, for {@link Shard} to balance by.
 */
public final class PlanTimes implements RunListener {
    private final RunListener next;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    public PlanTimes(RunListener next) {
        this.next = next;
    }

    /** The seconds of the plans that finished so far, in the order they ran. */
    public Map<String, Double> seconds() {
        return new LinkedHashMap<>(seconds);
    }

    @Override
    public void planned(List<Plan> plans) {
        next.planned(plans);
    }

    @Override
    public void sharded(Shard shard, int matrix, double[] balance) {
        next.sharded(shard, matrix, balance);
    }

    @Override
    public void started(int index, int total, Plan plan) {
        next.started(index, total, plan);
    }

    @Override
    public void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds) {
        this.seconds.put(plan.label(), Math.round(seconds * 1000) / 1000.0);
        next.finished(index, total, plan, result, seconds);
    }
}
