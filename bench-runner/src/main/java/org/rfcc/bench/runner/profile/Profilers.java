package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import one.profiler.AsyncProfilerLoader;
import org.rfcc.bench.runner.JmhProfiler;

/**
 * The JMH profilers behind {@code profile}: async-profiler from ap-loader's bundled library (no
 * download), or JDK Flight Recorder where async-profiler cannot run; both write a JFR recording per
 * benchmark under one directory, which {@link Flamegraphs} converts. The leak check's probe runs
 * in forks of its own: the full GCs it forces would show in a CPU profile.
 */
public final class Profilers {
    /** Sampling interval of CPU and wall-clock profiles: 10 ms, async-profiler's default (1 ms cost RFCC 28% of its speed on 2 cores). */
    static final long INTERVAL_NS = 10_000_000;
    /** Allocation sampling: one sample per 512 KiB allocated. */
    static final long ALLOC_BYTES = 512 * 1024;
    /** Measured iterations per fork of the leak check: enough points for a slope. */
    static final int LEAK_ITERATIONS = 10;

    private Profilers() {}

    /** The path of async-profiler's library for this machine, extracted from ap-loader; fails with the reason. */
    public static Path asyncLibrary() {
        if (!AsyncProfilerLoader.isSupported()) {
            throw new ProfileException("async-profiler has no library for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
        }
        try {
            return AsyncProfilerLoader.getAsyncProfilerPath();
        } catch (IOException | RuntimeException e) {
            throw new ProfileException("async-profiler's library cannot be extracted: " + e.getMessage(), e);
        }
    }

    /**
     * Starts async-profiler in a JVM of its own for a moment, as the forks would; fails with the
     * reason (no perf events, a library that does not load) when it cannot attach here.
     */
    public static void probe(Path library, String event) {
        try {
            Path out = Files.createTempFile("rfcc-bench-probe", ".jfr");
            try {
                String java =
                        Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Process p = new ProcessBuilder(
                                java, "-agentpath:" + library + "=start,event=" + event + ",file=" + out, "-version")
                        .redirectErrorStream(true)
                        .start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || said.contains("Error")) {
                    p.destroyForcibly();
                    String line = said.lines()
                            .filter(l -> l.contains("rror"))
                            .findFirst()
                            .orElse("exit " + p.exitValue());
                    throw new ProfileException("async-profiler cannot attach here: " + line.strip());
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new ProfileException("async-profiler cannot be tried: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileException("interrupted while trying async-profiler", e);
        }
    }

    /**
     * async-profiler recording {@code kinds} into {@code dir}: CPU (or wall-clock) samples and
     * allocations; fails with the reason where it cannot attach ({@link #probe}).
     */
    public static List<JmhProfiler> async(Set<ProfileKind> kinds, boolean wall, Path dir) {
        return async(kinds, wall, dir, asyncLibrary());
    }

    /** {@link #async(Set, boolean, Path)} with the async-profiler library at {@code library}. */
    public static List<JmhProfiler> async(Set<ProfileKind> kinds, boolean wall, Path dir, Path library) {
        probe(library, kinds.contains(ProfileKind.CPU) ? (wall ? "wall" : "cpu") : "alloc");
        StringBuilder options = new StringBuilder("libPath=" + library + ";output=jfr;dir=" + dir);
        if (kinds.contains(ProfileKind.CPU)) {
            options.append(";event=")
                    .append(wall ? "wall" : "cpu")
                    .append(";interval=")
                    .append(INTERVAL_NS);
            if (kinds.contains(ProfileKind.MEMORY)) {
                options.append(";alloc=").append(ALLOC_BYTES);
            }
        } else if (kinds.contains(ProfileKind.MEMORY)) {
            options.append(";event=alloc;interval=").append(ALLOC_BYTES);
        }
        return List.of(new JmhProfiler("async", options.toString()));
    }

    /** JDK Flight Recorder with its {@code profile} settings (20 ms samples, allocation samples) into {@code dir}. */
    public static List<JmhProfiler> jfr(Set<ProfileKind> kinds, Path dir) {
        return List.of(new JmhProfiler("jfr", "dir=" + dir + ";configName=profile"));
    }

    /** The leak check's probe, writing under {@code dir}, with {@link #LEAK_ITERATIONS} iterations per fork. */
    public static List<JmhProfiler> leakCheck(Path dir) {
        return List.of(new JmhProfiler(LeakProfiler.class.getName(), dir.toString(), LEAK_ITERATIONS));
    }
}
