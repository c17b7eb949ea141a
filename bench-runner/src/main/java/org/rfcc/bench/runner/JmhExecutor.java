package org.rfcc.bench.runner;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one {@link JmhPlan} through JMH's Runner API, forks on, and returns its raw samples.
 * {@code shouldFailOnError} is set, so a benchmark that throws or a fork that cannot start
 * fails loudly instead of passing as an empty run; an empty result is treated as a failure too.
 */
public final class JmhExecutor {
    private final List<String> jvmArgs;
    private final List<JmhProfiler> profilers;

    /** An executor whose forks get {@code jvmArgs} appended to JMH's defaults. */
    public JmhExecutor(List<String> jvmArgs) {
        this(jvmArgs, List.of());
    }

    /** An executor whose forks get {@code jvmArgs} and run with {@code profilers} attached. */
    public JmhExecutor(List<String> jvmArgs, List<JmhProfiler> profilers) {
        this.jvmArgs = List.copyOf(jvmArgs);
        this.profilers = List.copyOf(profilers);
    }

    /** Runs {@code plan}; throws {@link BenchmarkFailure} with the reason when it does not complete. */
    public RawRun run(JmhPlan plan) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(plan.method()) + "$")
                .mode(plan.mode())
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(plan.warmupIterations())
                .measurementIterations(JmhProfiler.iterations(plan.measurementIterations(), profilers))
                .forks(plan.forks())
                .threads(1)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .addProfiler(ResourceProfiler.class);
        if (plan.iterationTime() != null) {
            TimeValue time = TimeValue.milliseconds(plan.iterationTime().toMillis());
            options.warmupTime(time).measurementTime(time);
        }
        if (plan.gcProfiler() || profilers.stream().anyMatch(p -> p.name().equals("gc"))) {
            options.addProfiler(GCProfiler.class);
        }
        profilers.stream().filter(p -> !p.name().equals("gc")).forEach(p -> options.addProfiler(p.name(), p.options()));
        plan.jmhParams().forEach(options::param);
        Collection<RunResult> results;
        try {
            PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
            results = new Runner(options.build(), OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT))
                    .run();
        } catch (RunnerException e) {
            String message = rootMessage(e);
            if (message.contains(JmhLock.JMH_MESSAGE)) {
                throw JmhLock.busy();
            }
            throw new BenchmarkFailure(message, e);
        }
        return toRaw(plan, results);
    }

    private static RawRun toRaw(JmhPlan plan, Collection<RunResult> results) {
        if (results.isEmpty()) {
            throw new BenchmarkFailure("JMH produced no results for " + plan.method() + " (did the fork start?)");
        }
        List<List<IterationSample>> forks = new ArrayList<>();
        List<RawRun.Percentiles> percentiles = new ArrayList<>();
        Map<String, String> units = new HashMap<>();
        for (RunResult run : results) {
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                List<IterationSample> iterations = new ArrayList<>();
                for (IterationResult it : fork.getIterationResults()) {
                    iterations.add(sample(it, units));
                }
                forks.add(iterations);
                var stats = fork.getPrimaryResult().getStatistics();
                percentiles.add(new RawRun.Percentiles(stats.getPercentile(50), stats.getPercentile(99), stats.getN()));
            }
        }
        if (forks.size() != plan.forks()) {
            throw new BenchmarkFailure(
                    "JMH returned " + forks.size() + " forks of " + plan.forks() + " for " + plan.method());
        }
        return new RawRun(forks, percentiles, units);
    }

    @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() returns the raw Result type
    private static IterationSample sample(IterationResult it, Map<String, String> units) {
        Map<String, Double> secondary = new HashMap<>();
        for (var e : it.getSecondaryResults().entrySet()) {
            secondary.put(e.getKey(), e.getValue().getScore());
            units.put(e.getKey(), e.getValue().getScoreUnit());
        }
        return new IterationSample(it.getPrimaryResult().getScore(), secondary);
    }

    /**
     * The benchmark's own exception, which JMH wraps (a RunnerException whose BenchmarkException
     * holds the forks' errors as suppressed exceptions); its class and message.
     */
    static String rootMessage(Throwable e) {
        Deque<Throwable> queue = new ArrayDeque<>(List.of(e));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable best = e;
        while (!queue.isEmpty()) {
            Throwable t = queue.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (!t.getClass().getName().startsWith("org.openjdk.jmh.")) {
                best = t;
                break;
            }
            best = t;
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            queue.addAll(List.of(t.getSuppressed()));
        }
        String message = best.getMessage() == null
                ? ""
                : ": " + best.getMessage().strip().replace('\n', ' ');
        return best.getClass().getSimpleName() + message;
    }
}
