package org.rfcc.bench.model.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A regression analysis of two runs: schema {@value #SCHEMA} (CONTRACT.md).
 *
 * @param falseDiscoveryRate the q at which changes were called significant
 * @param onlyInBase the benchmarks (suite/benchmark[params]) that only the base measured
 * @param onlyInHead the benchmarks that only the head measured
 * @param profileDiffs where the time of each regressed benchmark went, when asked for ({@code --profile-diff})
 */
public record Comparison(
        String schema,
        RunRef base,
        RunRef head,
        double falseDiscoveryRate,
        List<Change> changes,
        Summary summary,
        List<String> onlyInBase,
        List<String> onlyInHead,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProfileDiff> profileDiffs) {
    /** The schema name written into every comparison. */
    public static final String SCHEMA = "rfcc-bench/comparison/v1";

    public Comparison {
        changes = List.copyOf(changes);
        onlyInBase = onlyInBase == null ? List.of() : List.copyOf(onlyInBase);
        onlyInHead = onlyInHead == null ? List.of() : List.copyOf(onlyInHead);
        profileDiffs = profileDiffs == null ? List.of() : List.copyOf(profileDiffs);
    }

    /** A comparison with no profiles of its regressions. */
    public Comparison(
            String schema,
            RunRef base,
            RunRef head,
            double falseDiscoveryRate,
            List<Change> changes,
            Summary summary,
            List<String> onlyInBase,
            List<String> onlyInHead) {
        this(schema, base, head, falseDiscoveryRate, changes, summary, onlyInBase, onlyInHead, List.of());
    }

    /** This comparison with {@code diffs} as the profiles of its regressions. */
    public Comparison withProfileDiffs(List<ProfileDiff> diffs) {
        return new Comparison(schema, base, head, falseDiscoveryRate, changes, summary, onlyInBase, onlyInHead, diffs);
    }

    /** The regressions a profile should explain: significant slowdowns at {@code level} or louder, by benchmark. */
    public List<Change> regressions(Level level) {
        return changes.stream()
                .filter(c -> c.kind() == Kind.REGRESSION && c.level().atLeast(level))
                .toList();
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
