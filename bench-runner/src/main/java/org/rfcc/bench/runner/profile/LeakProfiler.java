package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.LongStream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * The leak check's probe, inside each JMH fork: after every measurement iteration it forces full
 * GCs and writes the operations so far, the heap retained after GC, the resident set, the
 * committed heap and the bytes allocated per operation in the iteration to {@code DIR/leak-PID.tsv}; after the last one, the class histogram's top
 * retainers to {@code DIR/histogram-PID.txt}; DIR is the given directory and the benchmark's JMH id
 * (as async-profiler's files are). It uses the JDK and JMH only, so that it also runs in
 * the forks of a {@code --jmh-jar}. Attach it as {@code -prof org.rfcc.bench.runner.profile.LeakProfiler:DIR}.
 */
public final class LeakProfiler implements InternalProfiler {
    /** Lines of the class histogram kept: its header and the top retainers. */
    private static final int HISTOGRAM_LINES = 23;

    private final Path dir;
    private final List<String> rows = new ArrayList<>();
    private long ops;
    private int measured;
    private long allocatedBefore;

    /** A probe writing to the directory {@code initLine}, as JMH passes a profiler's options. */
    public LeakProfiler(String initLine) {
        dir = Path.of(initLine.strip());
    }

    @Override
    public String getDescription() {
        return "heap retained after GC per iteration (rfcc-bench's leak check)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        allocatedBefore = allocatedBytes();
    }

    /** Bytes allocated so far by the live threads of this JVM; -1 where the JVM does not count them. */
    static long allocatedBytes() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadAllocatedMemoryEnabled()) {
            return -1;
        }
        return LongStream.of(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(b -> b > 0)
                .sum();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result type
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        if (iteration.getType() != IterationType.MEASUREMENT) {
            return List.of();
        }
        long iterationOps = result.getMetadata().getAllOps();
        long allocated = allocatedBytes() - allocatedBefore;
        ops += iterationOps;
        measured++;
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double perOp = allocatedBefore < 0 || iterationOps == 0 ? -1 : (double) allocated / iterationOps;
        rows.add(ops + "\t" + heap.getUsed() + "\t" + residentBytes() + "\t" + heap.getCommitted() + "\t" + perOp);
        long pid = ProcessHandle.current().pid();
        Path out = dir.resolve(benchmark.id());
        write(out.resolve("leak-" + pid + ".tsv"), String.join("\n", rows) + "\n");
        if (measured == iteration.getCount()) {
            write(out.resolve("histogram-" + pid + ".txt"), histogram());
        }
        return List.of();
    }

    /** VmRSS of /proc/self/status in bytes; -1 where there is none. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static String histogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            String[] lines = String.valueOf(text).split("\n");
            return String.join("\n", Arrays.asList(lines).subList(0, Math.min(HISTOGRAM_LINES, lines.length))) + "\n";
        } catch (JMException e) {
            return "no class histogram: " + e.getMessage() + "\n";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the leak check cannot write " + file, e);
        }
    }
}
