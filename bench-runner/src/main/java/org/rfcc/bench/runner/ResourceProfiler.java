package org.rfcc.bench.runner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for resources, per iteration: the peak heap (the heap pools' peaks, reset at
 * the start of each iteration), the fork's peak resident set (VmHWM, which counts native memory
 * that the heap does not) and CPU utilisation (process CPU time ÷ (wall time × cores)).
 */
public final class ResourceProfiler implements InternalProfiler {
    /** Secondary result: peak heap in MB. */
    public static final String PEAK_HEAP = "resources.heap.peak";
    /** Secondary result: peak RSS of the fork in MB. */
    public static final String PEAK_RSS = "resources.rss.peak";
    /** Secondary result: CPU utilisation in [0, 1]. */
    public static final String CPU = "resources.cpu";

    private static final double MB = 1024.0 * 1024.0;

    private long wallStart;
    private long cpuStart;

    @Override
    public String getDescription() {
        return "rfcc-bench resources: peak heap, peak RSS (VmHWM), CPU utilisation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        wallStart = System.nanoTime();
        cpuStart = processCpuNanos();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result type
    public List<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - wallStart;
        long cpu = processCpuNanos() - cpuStart;
        int cores = Runtime.getRuntime().availableProcessors();
        double heap =
                heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
        return List.of(
                new ScalarResult(PEAK_HEAP, heap, "MB", AggregationPolicy.MAX),
                new ScalarResult(PEAK_RSS, peakRssKb() / 1024.0, "MB", AggregationPolicy.MAX),
                new ScalarResult(CPU, wall > 0 ? (double) cpu / wall / cores : 0, "ratio", AggregationPolicy.AVG));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** VmHWM from /proc/self/status, in kB; 0 where there is no procfs. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
