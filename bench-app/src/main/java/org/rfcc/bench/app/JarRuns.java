package org.rfcc.bench.app;

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
import java.util.UUID;
import java.util.stream.Stream;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.runner.BenchmarkFailure;
import org.rfcc.bench.runner.GitProbe;
import org.rfcc.bench.runner.JarPlan;
import org.rfcc.bench.runner.JmhJar;
import org.rfcc.bench.runner.MachineProbe;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.PlanTimes;
import org.rfcc.bench.runner.RunListener;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.runner.Shard;
import org.rfcc.bench.store.ingest.Ingest;

/**
 * Runs the benchmarks of a JMH jar into a run record, one invocation of the jar per benchmark and
 * combination of params, each read by the same reader as {@code ingest} of JMH's JSON: suite = the
 * class, benchmark = the method, the params and the mode, {@code score} and the secondary metrics.
 */
public final class JarRuns {
    /**
     * Which benchmarks of which jar, run how.
     *
     * @param includes regexes of benchmarks to run (all when empty), as JMH matches them
     * @param excludes regexes of benchmarks not to run
     * @param params values that replace the declared values of the params they name
     */
    public record Selection(
            Path jar,
            List<String> includes,
            List<String> excludes,
            Map<String, List<String>> params,
            JmhJar.Settings settings) {
        public Selection {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
            params = new LinkedHashMap<>(params);
        }
    }

    private final Settings settings;
    private final Console console;

    JarRuns(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Runs the selected benchmarks once, with their forks, as a run started by {@code source}. */
    RunRecord run(Selection s, String source) {
        return run(s, source, null);
    }

    /** Runs {@code shard}'s slice (all when null) of the selected benchmarks, as {@link #run(Selection, String)}. */
    RunRecord run(Selection s, String source, Shard shard) {
        JmhJar jar = new JmhJar(s.jar());
        List<JarPlan> plans = jar.plans(s.includes(), s.excludes(), s.params());
        RunListener listener = console.progress();
        if (shard != null) {
            listener.sharded(shard, plans.size(), shard.balance(plans, Plan::label));
            plans = shard.select(plans, Plan::label);
        }
        RunRecord run = run(jar, plans, s.settings(), source, GitProbe.probe(settings.workDir()), listener);
        return shard == null ? run : run.withConfig(RunService.shardedConfig(run.config(), shard));
    }

    /** Runs {@code plans} of {@code jar} into one run record, telling {@code listener} of each. */
    RunRecord run(
            JmhJar jar, List<JarPlan> plans, JmhJar.Settings jmh, String source, GitInfo git, RunListener listener) {
        Instant started = Instant.now();
        Path scratch = scratch();
        PlanTimes times = new PlanTimes(listener);
        try {
            listener.planned(List.copyOf(plans));
            List<BenchmarkResult> results = new ArrayList<>();
            Map<String, Object> config = new LinkedHashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                JarPlan plan = plans.get(i);
                times.started(i, plans.size(), plan);
                long t0 = System.nanoTime();
                List<BenchmarkResult> measured;
                try {
                    Ingest.JmhOutput out = Ingest.jmh(jar.run(plan, jmh, scratch, line -> {}), plan.label());
                    if (config.isEmpty()) {
                        config.putAll(out.config());
                    }
                    measured = out.results();
                } catch (BenchmarkFailure e) {
                    measured = List.of(
                            BenchmarkResult.failed(plan.suite(), plan.benchmark(), plan.params(), e.getMessage()));
                }
                results.addAll(measured);
                times.finished(i, plans.size(), plan, measured.get(0), (System.nanoTime() - t0) / 1e9);
            }
            return new RunRecord(
                    RunRecord.SCHEMA,
                    UUID.randomUUID().toString(),
                    started,
                    Instant.now(),
                    Defaults.JMH_PROFILE,
                    source,
                    git,
                    MachineProbe.probe(jmh.jvmArgs(), false),
                    config,
                    results,
                    List.of(),
                    null,
                    null,
                    times.seconds());
        } finally {
            delete(scratch);
        }
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("rfcc-bench-jar-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch files in the temporary directory; the OS cleans what is left
        }
    }
}
