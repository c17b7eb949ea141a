package org.rfcc.bench.model;

import java.util.List;

/**
 * What the benchmarks of a run executed of the code they measure ({@code run --coverage}, the run
 * record's {@code coverage}; CONTRACT.md): line and branch coverage recorded by the JaCoCo agent on
 * every fork, per class, the methods no benchmark executed, and the critical paths: the methods that
 * take at least 1% of the CPU samples of a representative workload, and the share of them covered.
 * Fractions are in [0, 1].
 *
 * @param packages the packages measured, e.g. {@code com.example.parser}
 * @param criticalPaths the share of the critical methods that the benchmarks executed; null when no
 *     representative workload was profiled ({@code criticalReason} says why)
 * @param uncoveredCritical the critical methods no benchmark executed
 * @param unexecutedMethods every method of the packages that no benchmark executed, {@code Class.method}
 */
public record Coverage(
        List<String> packages,
        double line,
        double branch,
        Double criticalPaths,
        List<String> uncoveredCritical,
        List<Critical> critical,
        String criticalReason,
        List<ClassCoverage> classes,
        List<String> unexecutedMethods) {
    public Coverage {
        packages = List.copyOf(packages);
        uncoveredCritical = uncoveredCritical == null ? List.of() : List.copyOf(uncoveredCritical);
        critical = critical == null ? List.of() : List.copyOf(critical);
        classes = classes == null ? List.of() : List.copyOf(classes);
        unexecutedMethods = unexecutedMethods == null ? List.of() : List.copyOf(unexecutedMethods);
    }

    /**
     * One critical method: its share of the workload's CPU samples (with its callees), and whether a
     * benchmark executed it.
     */
    public record Critical(String method, double share, boolean covered) {}

    /** One class: its lines, and the covered share of its lines and branches (1 where it has none). */
    public record ClassCoverage(String name, int lines, double line, double branch) {}
}
