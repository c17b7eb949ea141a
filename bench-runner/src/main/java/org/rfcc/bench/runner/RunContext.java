package org.rfcc.bench.runner;

import java.nio.file.Path;
import java.util.Set;
import org.rfcc.bench.model.config.BenchConfig;

/**
 * What suites plan from: the effective configuration, which suites were asked for, and a
 * scratch directory that the parent and its forks share (for pre-generated documents).
 *
 * @param profile {@code full}, {@code quick} or another profile of config.yaml
 * @param suites the suites to run, by name
 */
public record RunContext(BenchConfig config, String profile, Set<String> suites, Path workDir) {
    public RunContext {
        suites = Set.copyOf(suites);
    }
}
