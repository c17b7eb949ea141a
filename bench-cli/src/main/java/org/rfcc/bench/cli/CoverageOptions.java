package org.rfcc.bench.cli;

import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.model.UserException;
import picocli.CommandLine.Option;

/** {@code run --coverage [--coverage-include PACKAGE]...}: what the benchmarks execute of the code they measure. */
final class CoverageOptions {
    @Option(
            names = "--coverage",
            description =
                    "Benchmark coverage: run the forks with JaCoCo's agent and report the line and branch coverage"
                            + " of the code under test (the suites' own packages), per class, the"
                            + " methods no benchmark executed, and the critical paths: the methods that take 1%% or more of the"
                            + " CPU samples of the suites' representative workload, and the share of them the benchmarks"
                            + " cover. The record keeps the coverage and its series (coverage/benchmark_coverage), not the"
                            + " instrumented timings.")
    boolean coverage;

    @Option(
            names = "--coverage-include",
            paramLabel = "PACKAGE",
            description = "A package of the code under test for --coverage, with its subpackages; a leading ! leaves"
                    + " one out (!com.example.parser.testdata). Repeatable; with --jmh-jar at least one is needed.")
    List<String> coverageInclude = new ArrayList<>();

    /** The packages of --coverage (empty: the suites' own), or null without it. */
    List<String> chosen() {
        if (!coverage && !coverageInclude.isEmpty()) {
            throw new UserException("--coverage-include names the packages of --coverage: give --coverage too");
        }
        return coverage ? coverageInclude : null;
    }
}
