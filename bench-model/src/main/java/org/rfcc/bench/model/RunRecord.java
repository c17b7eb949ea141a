package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.comparison.Comparison;

/**
 * A whole benchmark run: schema {@value #SCHEMA} (CONTRACT.md).
 *
 * @param comparison the verdict against a baseline ({@code --compare-with}), or null
 * @param coverage what the benchmarks executed of the code they measure ({@code run --coverage}), or null
 */
public record RunRecord(
        String schema,
        String runId,
        Instant startedAt,
        Instant finishedAt,
        String profile,
        String source,
        GitInfo git,
        Machine machine,
        Map<String, Object> config,
        List<BenchmarkResult> results,
        List<ThresholdCheck> thresholds,
        Comparison comparison,
        @JsonInclude(JsonInclude.Include.NON_NULL) Coverage coverage) {
    /** The schema name written into every run record. */
    public static final String SCHEMA = "rfcc-bench/run/v1";

    /** A run without benchmark coverage. */
    public RunRecord(
            String schema,
            String runId,
            Instant startedAt,
            Instant finishedAt,
            String profile,
            String source,
            GitInfo git,
            Machine machine,
            Map<String, Object> config,
            List<BenchmarkResult> results,
            List<ThresholdCheck> thresholds,
            Comparison comparison) {
        this(
                schema,
                runId,
                startedAt,
                finishedAt,
                profile,
                source,
                git,
                machine,
                config,
                results,
                thresholds,
                comparison,
                null);
    }

    public RunRecord {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("unsupported schema '" + schema + "'; expected " + SCHEMA);
        }
        if (runId == null || startedAt == null || finishedAt == null || profile == null || source == null) {
            throw new IllegalArgumentException("a run needs run_id, started_at, finished_at, profile and source");
        }
        git = git == null ? GitInfo.none() : git;
        config = config == null ? Map.of() : config;
        results = List.copyOf(results);
        thresholds = List.copyOf(thresholds);
    }

    /** This run as made at {@code git} (a build of another commit, measured from elsewhere). */
    public RunRecord withGit(GitInfo git) {
        return with(git, comparison);
    }

    /** This run with {@code comparison} as its comparison against a baseline. */
    public RunRecord withComparison(Comparison comparison) {
        return with(git, comparison);
    }

    /**
     * This run with {@code coverage} as what its benchmarks executed, {@code results} (the
     * coverage's series among them) as its results and {@code thresholds} as its checks.
     */
    public RunRecord withCoverage(Coverage coverage, List<BenchmarkResult> results, List<ThresholdCheck> thresholds) {
        return new RunRecord(
                schema,
                runId,
                startedAt,
                finishedAt,
                profile,
                source,
                git,
                machine,
                config,
                results,
                thresholds,
                comparison,
                coverage);
    }

    private RunRecord with(GitInfo git, Comparison comparison) {
        return new RunRecord(
                schema,
                runId,
                startedAt,
                finishedAt,
                profile,
                source,
                git,
                machine,
                config,
                results,
                thresholds,
                comparison,
                coverage);
    }

    /** True when any benchmark failed. */
    public boolean anyFailed() {
        return results.stream().anyMatch(r -> r.status() == Status.FAILED);
    }

    /** True when any threshold was breached. */
    public boolean anyThresholdBreached() {
        return thresholds.stream().anyMatch(t -> !t.passed());
    }
}
