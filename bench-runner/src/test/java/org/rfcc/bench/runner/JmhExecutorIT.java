package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;

/** Real JMH forks: raw samples per fork and iteration, a benchmark that throws, a fork that cannot start. */
final class JmhExecutorIT {
    private static JmhPlan plan(String method, int forks) {
        return new JmhPlan(
                "test",
                method,
                Map.of("size", 500),
                TinyBenchmark.class.getName() + "." + method,
                Map.of("size", "500"),
                Mode.AverageTime,
                1,
                3,
                Duration.ofMillis(100),
                forks,
                false,
                raw -> Map.of("time_ms", new Metric("ms", Direction.LOWER_IS_BETTER, raw.series(s -> s.score()))));
    }

    private static final RunListener QUIET = new RunListener() {
        @Override
        public void started(int index, int total, Plan plan) {}

        @Override
        public void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds) {}
    };

    @Test
    void run_keepsEveryForkAndIteration_andTheResourceProfiler() {
        RawRun raw = new JmhExecutor(List.of()).run(plan("work", 2));
        assertThat(raw.forks()).hasSize(2).allSatisfy(fork -> assertThat(fork).hasSize(3));
        assertThat(raw.forks().get(0).get(0).secondary())
                .containsKeys(ResourceProfiler.PEAK_HEAP, ResourceProfiler.PEAK_RSS, ResourceProfiler.CPU);
        IterationSample s = raw.forks().get(1).get(2);
        assertThat(s.score()).isPositive();
        assertThat(s.secondary(ResourceProfiler.PEAK_RSS)).isGreaterThan(s.secondary(ResourceProfiler.PEAK_HEAP));
        assertThat(raw.secondaryUnits()).containsEntry(ResourceProfiler.PEAK_HEAP, "MB");
    }

    @Test
    void execute_benchmarkThatThrows_isRecordedAsFailedWithItsError() {
        BenchmarkResult r = new BenchmarkRunner(new JmhExecutor(List.of()), QUIET).execute(plan("broken", 1));
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.error()).contains("the compressor ran out of sentences");
        assertThat(r.metrics()).isEmpty();
    }

    @Test
    void execute_forkThatCannotStart_neverPassesAsAnEmptySuccess() {
        BenchmarkResult r = new BenchmarkRunner(new JmhExecutor(List.of("-XX:+NoSuchJvmOptionAnywhere")), QUIET)
                .execute(plan("work", 1));
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.error()).isNotBlank();
    }

    @Test
    void run_failureInTheMiddle_doesNotStopTheRest() {
        List<Plan> plans = List.of(plan("broken", 1), plan("work", 1));
        Suite suite = new Suite() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public List<Plan> plan(RunContext context) {
                return plans;
            }
        };
        List<BenchmarkResult> results =
                new BenchmarkRunner(new JmhExecutor(List.of()), QUIET).run(List.of(suite), null, BenchmarkFilter.ALL);
        assertThat(results).extracting(BenchmarkResult::status).containsExactly(Status.FAILED, Status.OK);
        Metric m = results.get(1).metrics().get("time_ms");
        assertThat(m.samples()).hasSize(1);
        assertThat(m.samples().get(0)).hasSize(3);

        List<BenchmarkResult> filtered = new BenchmarkRunner(new JmhExecutor(List.of()), QUIET)
                .run(List.of(suite), null, new BenchmarkFilter(List.of(), List.of("/broken")));
        assertThat(filtered).extracting(BenchmarkResult::benchmark).containsExactly("work");
    }
}
