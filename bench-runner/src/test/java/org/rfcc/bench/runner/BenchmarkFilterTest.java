package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.UserException;

final class BenchmarkFilterTest {
    private static final DirectPlan SPEED = plan("compression", "compression_speed", 1000);
    private static final DirectPlan BIG = plan("compression", "compression_speed", 100_000);
    private static final DirectPlan BATCH = plan("inference", "batch_processing", 1000);

    @Test
    void noPatterns_acceptEverything() {
        assertThat(List.of(SPEED, BIG, BATCH)).allMatch(BenchmarkFilter.ALL::accepts);
    }

    @Test
    void patterns_areFoundAnywhereInTheLabel_includesFirstThenExcludes() {
        BenchmarkFilter f = new BenchmarkFilter(List.of("compression/", "batch"), List.of("document_size=100000"));
        assertThat(f.accepts(SPEED)).isTrue();
        assertThat(f.accepts(BIG)).isFalse();
        assertThat(f.accepts(BATCH)).isTrue();
        assertThat(f.timed().accepts(BATCH))
                .as("an untimed plan, left out of later rounds")
                .isFalse();
    }

    @Test
    void aBadRegex_isAUserError() {
        assertThatThrownBy(() -> new BenchmarkFilter(List.of("("), List.of()))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("--include/--exclude '(' is not a regular expression");
    }

    @Test
    void aFilterThatLeavesNothing_isAUserError_beforeAnythingRuns() {
        Suite suite = new Suite() {
            @Override
            public String name() {
                return "compression";
            }

            @Override
            public List<Plan> plan(RunContext context) {
                return List.of(SPEED, BIG);
            }
        };
        RunContext context = new RunContext(null, "quick", Set.of("compression"), null);
        RunListener quiet = new RunListener() {
            @Override
            public void started(int index, int total, Plan plan) {}

            @Override
            public void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds) {}
        };
        assertThatThrownBy(() -> new BenchmarkRunner(new JmhExecutor(List.of()), quiet)
                        .run(List.of(suite), context, new BenchmarkFilter(List.of("no-such"), List.of())))
                .isInstanceOf(UserException.class)
                .hasMessage("no benchmark of the suites [compression] matches --include [no-such] and --exclude [];"
                        + " to run a JMH project's benchmarks, give the jar with --jmh-jar");
    }

    private static DirectPlan plan(String suite, String benchmark, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("document_size", size);
        return new DirectPlan(suite, benchmark, params, Map::of);
    }
}
