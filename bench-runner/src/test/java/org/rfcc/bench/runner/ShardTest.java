package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.UserException;

final class ShardTest {
    @Test
    void parse_takesIOverN_andRefusesAnythingElse() {
        assertThat(Shard.parse("2/3")).hasToString("2/3");
        assertThatThrownBy(() -> Shard.parse("3/2"))
                .isInstanceOf(UserException.class)
                .hasMessage("--shard I/N needs 1 <= I <= N, got 3/2");
        assertThatThrownBy(() -> Shard.parse("0/2")).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> Shard.parse("1-2"))
                .isInstanceOf(UserException.class)
                .hasMessage("--shard takes I/N, the I-th of N slices (e.g. 1/4), got '1-2'");
    }

    @Test
    void theSlices_holdEveryPlanExactlyOnce_andAreBalancedByTheStoredSeconds() {
        Random random = new Random(42);
        List<DirectPlan> plans = new ArrayList<>();
        Map<String, Double> seconds = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            DirectPlan p = plan("b" + i);
            plans.add(p);
            seconds.put(p.label(), 1 + 60 * random.nextDouble() * random.nextDouble());
        }
        double total =
                seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        double longest =
                seconds.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (int n = 1; n <= 5; n++) {
            List<String> all = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Shard shard = new Shard(i, n, seconds);
                List<DirectPlan> slice = shard.select(plans, Plan::label);
                slice.forEach(p -> all.add(p.label()));
                double load =
                        slice.stream().mapToDouble(p -> seconds.get(p.label())).sum();
                assertThat(load)
                        .as("slice %d/%d within the greedy bound: mean + longest", i, n)
                        .isLessThanOrEqualTo(total / n + longest);
                assertThat(shard.balance(plans, Plan::label)[i - 1])
                        .isCloseTo(load, org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(all).hasSize(plans.size()).doesNotHaveDuplicates();
        }
    }

    @Test
    void withoutStoredSeconds_theEstimatesWeigh_scaledByTheStoredOnes() {
        List<DirectPlan> plans = List.of(plan("a"), plan("b"), plan("c"), plan("d"));
        // a and b are known to take 10 s where they estimate 1 s: c and d weigh 10 s each too
        Shard shard =
                new Shard(1, 2, Map.of(plans.get(0).label(), 10.0, plans.get(1).label(), 10.0));
        assertThat(shard.balance(plans, Plan::label)).containsExactly(20.0, 20.0);
    }

    @Test
    void aGroup_staysInOneSlice() {
        List<DirectPlan> plans = List.of(plan("x1"), plan("x2"), plan("x3"), plan("y"), plan("z"));
        Map<String, Double> seconds = new HashMap<>();
        plans.forEach(p -> seconds.put(p.label(), 5.0));
        java.util.function.Function<DirectPlan, String> group =
                p -> p.benchmark().substring(0, 1);
        List<DirectPlan> first = new Shard(1, 2, seconds).select(plans, group);
        List<DirectPlan> second = new Shard(2, 2, seconds).select(plans, group);
        assertThat(first).extracting(DirectPlan::benchmark).containsExactly("x1", "x2", "x3");
        assertThat(second).extracting(DirectPlan::benchmark).containsExactly("y", "z");
    }

    @Test
    void theRunner_runsOnlyItsSlice_andSaysHowTheMatrixSplits() {
        List<Plan> plans = List.of(plan("a"), plan("b"), plan("c"));
        Suite suite = new Suite() {
            @Override
            public String name() {
                return "s";
            }

            @Override
            public List<Plan> plan(RunContext context) {
                return plans;
            }
        };
        List<String> ran = new ArrayList<>();
        int[] matrix = {0};
        RunListener listener = new RunListener() {
            @Override
            public void sharded(Shard shard, int size, double[] balance) {
                matrix[0] = size;
            }

            @Override
            public void started(int index, int total, Plan plan) {
                ran.add(plan.benchmark());
            }

            @Override
            public void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds) {}
        };
        RunContext context = new RunContext(null, "quick", Set.of("s"), null);
        new BenchmarkRunner(new JmhExecutor(List.of()), listener)
                .run(List.of(suite), context, BenchmarkFilter.ALL.sharded(new Shard(2, 2, Map.of())));
        assertThat(matrix[0]).isEqualTo(3);
        // equal estimates: a to slice 1, b to slice 2, c to slice 1 (the lighter, the first on a tie)
        assertThat(ran).containsExactly("b");
    }

    private static DirectPlan plan(String benchmark) {
        return new DirectPlan(
                "s", benchmark, Map.of(), () -> Map.of("v", Metric.exact("x", Direction.LOWER_IS_BETTER, 1)));
    }
}
