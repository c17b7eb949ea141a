package org.rfcc.bench.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.comparison.Comparison;

/**
 * A whole benchmark run: schema {@value #SCHEMA} (CONTRACT.md).
 *
 * @param comparison the verdict against a baseline ({@code --compare-with}), or null
 * @param coverage what the benchmarks executed of the code they measure ({@code run --coverage}), or null
 * @param planSeconds the wall seconds each planned benchmark took, by its label ({@code suite/benchmark[k=v,…]}),
 *     from which {@code run --shard} balances later runs; empty when unknown
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Coverage coverage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> planSeconds) {
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

    /** A run whose benchmarks' wall times are unknown. */
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
            Comparison comparison,
            Coverage coverage) {
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
                coverage,
                Map.of());
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
        planSeconds = planSeconds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(planSeconds));
    }

    /** This run with {@code config} as its configuration. */
    public RunRecord withConfig(Map<String, Object> config) {
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
                coverage,
                planSeconds);
    }

    /** This run with {@code planSeconds} as the wall seconds of its planned benchmarks. */
    public RunRecord withPlanSeconds(Map<String, Double> planSeconds) {
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
                coverage,
                planSeconds);
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
                coverage,
                planSeconds);
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
                coverage,
                planSeconds);
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
