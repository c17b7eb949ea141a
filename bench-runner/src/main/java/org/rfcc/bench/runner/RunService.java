package org.rfcc.bench.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.seam.Catalogs;

/**
 * One benchmark run from configuration to run record: finds the suites, runs their plans in
 * forks that share a scratch directory, and records git, machine, config and thresholds.
 */
public final class RunService {
    /** System property the forks read to find the run's scratch directory. */
    public static final String WORKDIR_PROPERTY = "rfcc.bench.workdir";
    /** System property naming the GPU memory cap in bytes (see the compressor's Models). */
    public static final String GPU_MEMORY_PROPERTY = "rfcc.gpu.memory_limit";

    /** The key of a sharded run's config that names its slice, {@code I/N}. */
    public static final String SHARD_KEY = "shard";

    private RunService() {}

    /** The names of the suites on the classpath, in the order they run. */
    public static List<String> availableSuites() {
        return suites().stream().map(Suite::name).toList();
    }

    /** The flags every fork of the suites named {@code suiteNames} needs, in suite order, each once. */
    public static List<String> forkJvmArgs(Set<String> suiteNames) {
        return all(suiteNames, Suite::forkJvmArgs);
    }

    /** The packages that the suites named {@code suiteNames} measure ({@link Suite#measuredPackages}). */
    public static List<String> measuredPackages(Set<String> suiteNames) {
        return all(suiteNames, Suite::measuredPackages);
    }

    private static List<String> all(Set<String> suiteNames, java.util.function.Function<Suite, List<String>> what) {
        return suites().stream()
                .filter(s -> suiteNames.contains(s.name()))
                .flatMap(s -> what.apply(s).stream())
                .distinct()
                .toList();
    }

    /** The first representative workload of the suites named {@code suiteNames}, or empty. */
    public static List<String> representativeWorkload(Set<String> suiteNames) {
        return suites().stream()
                .filter(s -> suiteNames.contains(s.name()))
                .map(Suite::representativeWorkload)
                .filter(w -> !w.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    private static List<Suite> suites() {
        List<Suite> found = new ArrayList<>();
        ServiceLoader.load(Suite.class).forEach(found::add);
        return found;
    }

    /**
     * Runs the suites named {@code suiteNames} and returns the run record.
     *
     * @param effectiveConfig the configuration as written into the record
     * @param source run, pre-commit, ci or ingest
     * @param filter which of the suites' benchmarks run
     * @param warn told one line for each thing the user should know (no GPU found, say)
     * @param profilers JMH profilers attached to every fork (none for a plain run)
     */
    public static RunRecord run(
            BenchConfig config,
            Map<String, Object> effectiveConfig,
            String profile,
            String source,
            Set<String> suiteNames,
            BenchmarkFilter filter,
            Path repository,
            RunListener listener,
            Consumer<String> warn,
            List<JmhProfiler> profilers) {
        JmhLock.checkFree();
        Instant started = Instant.now();
        Path workDir = scratchDirectory();
        try {
            List<String> jvmArgs = new ArrayList<>(config.jvmArgs());
            jvmArgs.add("-D" + WORKDIR_PROPERTY + "=" + workDir);
            boolean wantsGpu = !config.benchmarks().hardware().cpuOnly();
            Machine machine = MachineProbe.probe(List.copyOf(config.jvmArgs()), wantsGpu);
            if (wantsGpu && !machine.gpuInUse()) {
                warn.accept("cpu_only is false but no NVIDIA GPU was found; running on the CPU");
            } else if (machine.gpuInUse()) {
                jvmArgs.add("-D" + GPU_MEMORY_PROPERTY + "="
                        + config.benchmarks().hardware().gpuMemoryLimitBytes());
            }
            List<Suite> suites =
                    suites().stream().filter(s -> suiteNames.contains(s.name())).toList();
            jvmArgs.addAll(forkJvmArgs(suiteNames));
            RunContext context = new RunContext(config, profile, suiteNames, workDir);
            PlanTimes times = new PlanTimes(listener);
            List<BenchmarkResult> results =
                    new BenchmarkRunner(new JmhExecutor(jvmArgs, profilers), times).run(suites, context, filter);
            GitInfo git = GitProbe.probe(repository);
            Machine recorded = config.reporting().includeSystemInfo() ? machine : fingerprintOnly(machine);
            return new RunRecord(
                    RunRecord.SCHEMA,
                    UUID.randomUUID().toString(),
                    started,
                    Instant.now(),
                    profile,
                    source,
                    git,
                    recorded,
                    shardedConfig(effectiveConfig, filter.shard()),
                    results,
                    ThresholdChecker.check(Catalogs.thresholds(config.performanceThresholds()), results),
                    null,
                    null,
                    times.seconds());
        } finally {
            deleteRecursively(workDir);
        }
    }

    /** {@code config}, saying which slice of the matrix the run was ({@code "shard": "I/N"}) when it was one. */
    public static Map<String, Object> shardedConfig(Map<String, Object> config, Shard shard) {
        if (shard == null) {
            return config;
        }
        Map<String, Object> out = new LinkedHashMap<>(config);
        out.put(SHARD_KEY, shard.toString());
        return out;
    }

    /**
     * Does once what every run of {@code suiteNames} does first: probes the machine and plans the
     * suites (loading what they generate their workload from), so that a process serving many runs
     * pays for it before they start, not in the first.
     */
    public static void warmUp(BenchConfig config, String profile, Set<String> suiteNames) {
        MachineProbe.probe(List.copyOf(config.jvmArgs()), false);
        Path workDir = scratchDirectory();
        try {
            RunContext context = new RunContext(config, profile, suiteNames, workDir);
            suites().stream().filter(s -> suiteNames.contains(s.name())).forEach(s -> s.plan(context));
        } finally {
            deleteRecursively(workDir);
        }
    }

    /**
     * {@code m} with nothing but its fingerprint ({@code include_system_info: false}), and the GPU's
     * name when the benchmarks ran on it: a run on a GPU says so.
     */
    static Machine fingerprintOnly(Machine m) {
        return new Machine(
                m.fingerprint(), null, null, 0, 0, null, List.of(), null, m.gpuInUse() ? m.gpu() : null, m.gpuInUse());
    }

    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("rfcc-bench-run");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Scratch files in the temp directory; the OS cleans what is left.
        }
    }
}
