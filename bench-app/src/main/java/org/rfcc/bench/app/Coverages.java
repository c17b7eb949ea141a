package org.rfcc.bench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Coverage;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.JmhProfiler;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.runner.profile.BenchmarkCoverage;
import org.rfcc.bench.runner.profile.ProfileException;
import org.rfcc.bench.runner.profile.Profilers;

/**
 * {@code run --coverage}: the benchmarks run with the JaCoCo agent on every fork, then what they
 * executed of the measured packages (the suites' own, or {@code --coverage-include}), and the share
 * of the critical paths (the hot methods of the suites' representative workload) they cover. The
 * run record keeps the coverage and its series ({@value #SUITE}/{@value #BENCHMARK}: line, branch
 * and critical-path coverage), not the timings: those were measured under the agent, and would
 * pass for slowdowns beside the history's uninstrumented runs.
 */
final class Coverages {
    /** The suite of the coverage series. */
    static final String SUITE = "coverage";
    /** The benchmark of the coverage series. */
    static final String BENCHMARK = "benchmark_coverage";

    private Coverages() {}

    /**
     * The coverage run: {@code measure} runs the benchmarks with the profilers it is given;
     * {@code suites} give the packages (unless {@code include} names them) and the workload.
     */
    static RunRecord measure(
            Function<List<JmhProfiler>, RunRecord> measure,
            Set<String> suites,
            List<String> include,
            List<Path> classpath,
            Settings settings,
            Console console) {
        List<String> packages = include.isEmpty() ? RunService.measuredPackages(suites) : include;
        if (packages.isEmpty()) {
            throw new UserException("--coverage: these benchmarks name no package they measure; give the packages"
                    + " of the code under test with --coverage-include PACKAGE");
        }
        try {
            BenchmarkCoverage.checkClasses(classpath, packages);
        } catch (ProfileException e) {
            throw new UserException("--coverage: " + e.getMessage());
        }
        Path dir = CompareWith.scratch();
        try {
            Path exec = dir.resolve("jacoco.exec");
            console.note("--coverage: the forks run with JaCoCo's agent on " + String.join(", ", packages)
                    + "; their timings are left out of the record (instrumented)");
            RunRecord run = measure.apply(BenchmarkCoverage.profiler(exec, packages));
            List<String> workload = suites.isEmpty() ? List.of() : RunService.representativeWorkload(suites);
            Map<String, Double> shares = null;
            String reason = null;
            if (workload.isEmpty()) {
                reason = "no representative workload to profile: these benchmarks name none";
            } else {
                console.note("--coverage: profiling the representative workload " + workload.get(0));
                try {
                    shares = BenchmarkCoverage.workload(
                            workloadCommand(workload, suites, classpath), dir, library(settings));
                } catch (ProfileException e) {
                    reason = e.getMessage();
                    console.warn("--coverage: " + reason + "; no critical paths");
                }
            }
            Coverage coverage;
            try {
                coverage = BenchmarkCoverage.analyse(exec, classpath, packages, shares, reason);
            } catch (ProfileException e) {
                throw new UserException("--coverage: " + e.getMessage());
            }
            List<BenchmarkResult> results = new ArrayList<>(run.results().stream()
                    .filter(r -> r.status() != org.rfcc.bench.model.Status.OK
                            || r.metrics().isEmpty())
                    .toList());
            results.add(series(coverage));
            return run.withCoverage(coverage, results, List.of()); // the thresholds judged instrumented timings
        } finally {
            BuildCache.delete(dir);
        }
    }

    /** The coverage as series of the history: exact values, higher is better. */
    static BenchmarkResult series(Coverage c) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put("line_coverage", Metric.exact("fraction", Direction.HIGHER_IS_BETTER, c.line()));
        metrics.put("branch_coverage", Metric.exact("fraction", Direction.HIGHER_IS_BETTER, c.branch()));
        if (c.criticalPaths() != null) {
            metrics.put(
                    "critical_path_coverage", Metric.exact("fraction", Direction.HIGHER_IS_BETTER, c.criticalPaths()));
        }
        return BenchmarkResult.ok(SUITE, BENCHMARK, Map.of("packages", String.join(",", c.packages())), metrics);
    }

    private static List<String> workloadCommand(List<String> workload, Set<String> suites, List<Path> classpath) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(RunService.forkJvmArgs(suites));
        command.add("-cp");
        command.add(String.join(
                java.io.File.pathSeparator,
                classpath.stream().map(Path::toString).toList()));
        command.addAll(workload);
        return command;
    }

    private static Path library(Settings settings) {
        String given = settings.env().get(Profiles.ASYNC_PROFILER_ENV);
        if (given != null) {
            return Path.of(given);
        }
        try {
            return Profilers.asyncLibrary();
        } catch (ProfileException e) {
            return null;
        }
    }
}
