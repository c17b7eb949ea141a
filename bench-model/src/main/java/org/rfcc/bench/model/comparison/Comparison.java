package org.rfcc.bench.model.comparison;

import java.util.List;

/**
 * A regression analysis of two runs: schema {@value #SCHEMA} (CONTRACT.md).
 *
 * @param falseDiscoveryRate the q at which changes were called significant
 * @param onlyInBase the benchmarks (suite/benchmark[params]) that only the base measured
 * @param onlyInHead the benchmarks that only the head measured
 */
public record Comparison(
        String schema,
        RunRef base,
        RunRef head,
        double falseDiscoveryRate,
        List<Change> changes,
        Summary summary,
        List<String> onlyInBase,
        List<String> onlyInHead) {
    /** The schema name written into every comparison. */
    public static final String SCHEMA = "rfcc-bench/comparison/v1";

    public Comparison {
        changes = List.copyOf(changes);
        onlyInBase = onlyInBase == null ? List.of() : List.copyOf(onlyInBase);
        onlyInHead = onlyInHead == null ? List.of() : List.copyOf(onlyInHead);
    }

    /**
     * True when not one metric could be decided (each had too few forks): the verdict is
     * "undecided", whatever the changes look like.
     */
    public boolean undecided() {
        return !changes.isEmpty() && changes.stream().allMatch(Change::undecided);
    }

    /**
     * One side of a comparison.
     *
     * @param commit null when the run was not made in a git work tree
     */
    public record RunRef(String runId, String commit) {}
}
