package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.UserException;

/**
 * Runs plans one after another. A plan that fails is recorded as {@code failed} with its error,
 * and the run goes on; nothing that fails ever passes as an empty success. A {@link UserException}
 * (another run holds the machine) stops the run.
 */
public final class BenchmarkRunner {
    private final JmhExecutor jmh;
    private final RunListener listener;

    /** A runner that forks through {@code jmh} and reports to {@code listener}. */
    public BenchmarkRunner(JmhExecutor jmh, RunListener listener) {
        this.jmh = jmh;
        this.listener = listener;
    }

    /** Runs every plan of {@code suites} under {@code context} that {@code filter} accepts, suite by suite. */
    public List<BenchmarkResult> run(List<Suite> suites, RunContext context, BenchmarkFilter filter) {
        Map<Suite, List<Plan>> plans = new LinkedHashMap<>();
        suites.forEach(s ->
                plans.put(s, s.plan(context).stream().filter(filter::accepts).toList()));
        if (plans.values().stream().allMatch(List::isEmpty)) {
            throw new UserException("no benchmark of the suites " + context.suites() + " matches --include "
                    + filter.includes() + " and --exclude " + filter.excludes()
                    + "; to run a JMH project's benchmarks, give the jar with --jmh-jar");
        }
        if (filter.shard() != null) {
            slice(plans, filter.shard());
        }
        List<Plan> plansInOrder = plans.values().stream().flatMap(List::stream).toList();
        listener.planned(plansInOrder);
        int total = plansInOrder.size();
        List<BenchmarkResult> all = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Suite, List<Plan>> e : plans.entrySet()) {
            List<BenchmarkResult> results = new ArrayList<>();
            for (Plan plan : e.getValue()) {
                listener.started(index, total, plan);
                long t0 = System.nanoTime();
                BenchmarkResult result = execute(plan);
                listener.finished(index++, total, plan, result, (System.nanoTime() - t0) / 1e9);
                results.add(result);
            }
            all.addAll(e.getKey().finish(results));
        }
        return all;
    }

    /** Keeps in {@code plans} only those of {@code shard}'s slice of them, telling the listener. */
    private void slice(Map<Suite, List<Plan>> plans, Shard shard) {
        Map<Plan, String> groups = new IdentityHashMap<>();
        plans.forEach((suite, ps) -> ps.forEach(p -> groups.put(p, suite.shardGroup(p))));
        List<Plan> matrix = plans.values().stream().flatMap(List::stream).toList();
        Set<Plan> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        mine.addAll(shard.select(matrix, groups::get));
        listener.sharded(shard, matrix.size(), shard.balance(matrix, groups::get));
        plans.replaceAll((suite, ps) -> ps.stream().filter(mine::contains).toList());
    }

    /** Runs one plan, turning any failure into a failed result. */
    public BenchmarkResult execute(Plan plan) {
        try {
            if (plan instanceof JarPlan) {
                throw new IllegalArgumentException(plan.label() + " runs through JmhJar, not a suite");
            }
            Map<String, Metric> metrics = plan instanceof JmhPlan p
                    ? p.mapper().map(jmh.run(p))
                    : ((DirectPlan) plan).measure().get();
            return BenchmarkResult.ok(plan.suite(), plan.benchmark(), plan.params(), metrics);
        } catch (UserException e) {
            throw e; // the machine is busy, say: no benchmark can run, so the run stops
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            return BenchmarkResult.failed(plan.suite(), plan.benchmark(), plan.params(), message);
        }
    }
}
