package org.rfcc.bench.model.comparison;

import java.util.List;

/**
 * A regression analysis of two runs: schema {@value #SCHEMA} (CONTRACT.md).
 *
 * @param falseDiscoveryRate the q at which changes were called significant
 */
public record Comparison(
        String schema, RunRef base, RunRef head, double falseDiscoveryRate, List<Change> changes, Summary summary) {
    /** The schema name written into every comparison. */
    public static final String SCHEMA = "rfcc-bench/comparison/v1";

    public Comparison {
        changes = List.copyOf(changes);
    }

    /**
     * One side of a comparison.
     *
     * @param commit null when the run was not made in a git work tree
     */
    public record RunRef(String runId, String commit) {}
}
