package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a slowdown's time went: the CPU samples of one benchmark on two sides (the JFR recordings
 * that async-profiler wrote per JVM, {@code %p.jfr}, in each side's directory), kept to the threads
 * that ran the benchmark's operation (their stacks hold a JMH {@code _jmhStub} frame, which leaves
 * out JIT, GC and JMH's own threads and the parent JVM) and cut to start there, together with the
 * tasks that the benchmark handed to thread pools in the same JVM (cut to start at the task), drawn
 * as a differential flamegraph, and the one method whose share of the samples grew the most.
 *
 * <p>A method is named only when its growth exceeds {@value #Z} standard errors of the difference
 * of two sample proportions; of the methods within 10% of the largest growth, the one with the
 * smallest share is named: the most specific frame of the chain that carries the time.
 */
public final class DiffProfile {
    /** How many standard errors of sampling noise a share must grow by before a method is named. */
    static final double Z = 3;
    /** The frame of JMH's generated measurement loop: where a benchmark thread's own work begins. */
    private static final Pattern STUB = Pattern.compile("_jmhStub(:\\d+)?$");
    /** The frame of a pool thread that runs tasks: what follows it, past java.util.concurrent, is the task. */
    private static final Pattern WORKER = Pattern.compile(
            "^java\\.util\\.concurrent\\.(ThreadPoolExecutor\\.runWorker|ForkJoinWorkerThread\\.run)(:\\d+)?$");
    /** A native library's frame owner, {@code libz.so} or {@code libonnxruntime.so.1.20.0}, kept whole. */
    private static final Pattern LIBRARY = Pattern.compile(".*\\.so(\\.\\d+)*$");

    /**
     * What the diff found.
     *
     * @param method the method whose share grew the most, or null when none grew beyond noise
     * @param baseShare its share of the base's samples, with its callees (0 when none is named)
     * @param headShare its share of the head's samples
     * @param skipped recordings that could not be read (a JVM killed mid-way), left out
     */
    public record Result(
            Path flamegraph,
            long baseSamples,
            long headSamples,
            String method,
            double baseShare,
            double headShare,
            int skipped) {
        /** The finding in one sentence: {@code Parser.parse +41% of samples (27% → 68%)}. */
        public String sentence() {
            if (method == null) {
                return String.format(
                        Locale.ROOT,
                        "no method's share of the samples grew beyond sampling noise (%d base, %d head samples):"
                                + " the time grew evenly",
                        baseSamples,
                        headSamples);
            }
            return String.format(
                    Locale.ROOT,
                    "%s %+.0f%% of samples (%.0f%% → %.0f%%)",
                    shortName(method),
                    (headShare - baseShare) * 100,
                    baseShare * 100,
                    headShare * 100);
        }
    }

    private DiffProfile() {}

    /** The {@code -agentpath} flag that makes a JVM and its JMH forks write CPU samples to {@code dir/PID.jfr}. */
    public static String agent(Path library, Path dir) {
        return "-agentpath:" + library + "=start,event=cpu,interval=" + Profilers.INTERVAL_NS + ",file=" + dir
                + "/%p.jfr";
    }

    /**
     * Draws the differential flamegraph of the recordings in {@code headDir} against those in
     * {@code baseDir} to {@code out} (their collapsed stacks beside it), and names the method that
     * grew; fails in one line when a side has no samples of a benchmark thread.
     */
    public static Result diff(Path baseDir, Path headDir, Path out, String title) {
        int[] skipped = {0};
        List<String> base = benchmarkStacks(baseDir, skipped);
        List<String> head = benchmarkStacks(headDir, skipped);
        for (var side : List.of(Map.entry("base", base), Map.entry("head", head))) {
            if (side.getValue().isEmpty()) {
                throw new ProfileException("the " + side.getKey() + " side has no CPU samples of a benchmark thread"
                        + " under " + (side.getKey().equals("base") ? baseDir : headDir));
            }
        }
        String stem = out.getFileName().toString().replaceFirst("\\.html$", "");
        Path baseFile = Flamegraphs.write(base, out.resolveSibling(stem + "-base.collapsed"));
        Path headFile = Flamegraphs.write(head, out.resolveSibling(stem + "-head.collapsed"));
        Flamegraphs.diff(baseFile, headFile, out, title);
        HotMethods b = HotMethods.of(base);
        HotMethods h = HotMethods.of(head);
        String grew = grew(b, h);
        return new Result(
                out,
                b.samples(),
                h.samples(),
                grew,
                grew == null ? 0 : b.total(grew),
                grew == null ? 0 : h.total(grew),
                skipped[0]);
    }

    /** The method whose share grew the most beyond noise, the most specific of those near the top; or null. */
    static String grew(HotMethods base, HotMethods head) {
        Map<String, Double> growth = new TreeMap<>();
        Set<String> methods = new HashSet<>(base.totals().keySet());
        methods.addAll(head.totals().keySet());
        for (String m : methods) {
            double p1 = base.total(m);
            double p2 = head.total(m);
            double se = Math.sqrt(p1 * (1 - p1) / base.samples() + p2 * (1 - p2) / head.samples());
            double g = p2 - p1;
            if (g > 0 && g > Z * Math.max(se, 1.0 / Math.min(base.samples(), head.samples()))) {
                growth.put(m, g);
            }
        }
        double most =
                growth.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return growth.entrySet().stream()
                .filter(e -> e.getValue() >= 0.9 * most)
                .min((x, y) -> Double.compare(head.total(x.getKey()), head.total(y.getKey())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** {@code org.rfcc.Foo.bar} as {@code Foo.bar}; a native library's frame keeps its library's name. */
    static String shortName(String method) {
        int dot = method.lastIndexOf('.');
        if (dot < 0) {
            return method;
        }
        String owner = method.substring(0, dot);
        if (LIBRARY.matcher(owner).matches()) {
            return method;
        }
        return owner.substring(owner.lastIndexOf('.') + 1) + method.substring(dot);
    }

    /** The benchmark's CPU samples (see {@link #ofBenchmark}) of every recording in {@code dir}, summed. */
    static List<String> benchmarkStacks(Path dir, int[] skipped) {
        Map<String, Long> stacks = new TreeMap<>();
        for (Path jfr : recordings(dir)) {
            try {
                ofBenchmark(JfrStacks.read(jfr, "cpu")).forEach((stack, n) -> stacks.merge(stack, n, Long::sum));
            } catch (ProfileException e) {
                skipped[0]++;
            }
        }
        List<String> out = new ArrayList<>();
        stacks.forEach((stack, n) -> out.add(stack + " " + n));
        return out;
    }

    /**
     * The samples of one JVM's collapsed stacks that belong to the benchmark: its benchmark threads'
     * stacks from the stub frame on and, in a JVM that ran the benchmark (a fork), the tasks its
     * thread pools ran, from the task's first frame on; JMH's own tasks are left out. None for a JVM
     * that ran no benchmark, such as the parent.
     */
    static Map<String, Long> ofBenchmark(List<String> collapsed) {
        Map<String, Long> benchmark = new HashMap<>();
        Map<String, Long> tasks = new HashMap<>();
        for (String line : collapsed) {
            int space = line.lastIndexOf(' ');
            String[] frames = line.substring(0, space).split(";");
            long n = Long.parseLong(line.substring(space + 1));
            int stub = first(frames, 0, f -> STUB.matcher(f).find());
            int worker = first(frames, 0, f -> WORKER.matcher(f).matches());
            int task = first(frames, worker + 1, f -> !f.startsWith("java.util.concurrent."));
            if (stub < frames.length) {
                benchmark.merge(from(frames, stub), n, Long::sum);
            } else if (worker < frames.length && task < frames.length && !frames[task].startsWith("org.openjdk.jmh.")) {
                tasks.merge(from(frames, task), n, Long::sum);
            }
        }
        if (!benchmark.isEmpty()) {
            tasks.forEach((stack, n) -> benchmark.merge(stack, n, Long::sum));
        }
        return benchmark;
    }

    /** The index of the first frame from {@code i} on that {@code p} accepts, or the number of frames. */
    private static int first(String[] frames, int i, Predicate<String> p) {
        while (i < frames.length && !p.test(frames[i])) {
            i++;
        }
        return i;
    }

    /** The stack from frame {@code i} on. */
    private static String from(String[] frames, int i) {
        return String.join(";", Arrays.copyOfRange(frames, i, frames.length));
    }

    private static List<Path> recordings(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
