package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.JmhJar;
import org.rfcc.bench.runner.JmhProfiler;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.runner.profile.Flamegraphs;
import org.rfcc.bench.runner.profile.GpuSampler;
import org.rfcc.bench.runner.profile.HotMethods;
import org.rfcc.bench.runner.profile.LeakCheck;
import org.rfcc.bench.runner.profile.ProfileException;
import org.rfcc.bench.runner.profile.ProfileKind;
import org.rfcc.bench.runner.profile.Profilers;

/**
 * {@code profile}: runs benchmarks with profilers attached, in rounds of one fork without them and
 * one with them, so that the profilers' overhead is measured side by side; then draws a flamegraph
 * per benchmark, tables the hot methods, checks for leaks and samples the GPU, and writes an
 * {@code index.html} that links everything. async-profiler is tried first, then JFR; a profiler that
 * cannot start is said in one line and the benchmarks run on without it.
 */
public final class Profiles {
    /** Methods in the hot-methods table of each benchmark. */
    static final int HOT_METHODS = 30;
    /** The environment variable naming an async-profiler library to use instead of ap-loader's. */
    public static final String ASYNC_PROFILER_ENV = "RFCC_BENCH_ASYNC_PROFILER";

    /**
     * What to profile.
     *
     * @param kinds cpu, memory and/or gpu
     * @param profile the config's profile, for suites
     * @param suites suite names, or all; ignored with a jar
     * @param jar the benchmarks of a JMH jar instead of the suites, or null
     * @param wall sample wall-clock time instead of CPU time
     * @param out the directory of everything written
     */
    public record Request(
            Set<ProfileKind> kinds,
            String profile,
            List<String> suites,
            BenchmarkFilter filter,
            JarRuns.Selection jar,
            boolean wall,
            Path out) {
        public Request {
            if (kinds.isEmpty()) {
                throw new UserException("choose what to profile: --cpu, --memory and/or --gpu");
            }
            kinds = Set.copyOf(kinds);
            suites = List.copyOf(suites);
        }
    }

    /** One benchmark's profile: its JMH id, files written beside the index, and what they say. */
    record Benchmark(String id, Map<String, String> files, Map<String, List<HotMethods.Row>> hot, LeakCheck leak) {}

    /** The profilers' cost on one benchmark's primary metric: the median over rounds, as a fraction. */
    record Overhead(String benchmark, String metric, double slowdown, int rounds) {}

    /** What a profile made: the index page, the benchmarks, and the notes said on the way. */
    public record Outcome(Path index, int benchmarks, List<String> notes) {}

    private final Settings settings;
    private final Console console;

    public Profiles(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Profiles as {@code r} asks and returns where the index is. */
    public Outcome profile(Request r) {
        // an unknown suite, a missing jar or a regex that matches nothing fails before anything runs
        if (r.jar() == null) {
            Runs.suiteNames(r.suites());
        } else {
            new JmhJar(r.jar().jar())
                    .plans(r.jar().includes(), r.jar().excludes(), r.jar().params());
        }
        BenchConfig full = r.jar() == null ? Configs.load(settings, r.profile(), null) : null;
        BenchConfig config = full == null ? null : full.withForks(1);
        Integer jarForks = r.jar() == null ? null : r.jar().settings().forks();
        int rounds = full != null ? full.forks() : jarForks == null ? 1 : jarForks;
        if (Files.exists(r.out()) && !Files.isDirectory(r.out())) {
            throw new UserException("--out " + r.out() + " is a file; give a directory");
        }
        Path raw = r.out().resolve("raw");
        createDirectories(raw);
        List<String> notes = new ArrayList<>();
        String library = settings.env().get(ASYNC_PROFILER_ENV);
        Recorder recorder = Recorder.first(r, raw, library == null ? null : Path.of(library), notes, console);
        List<RunRecord> plain = new ArrayList<>();
        List<RunRecord> profiled = new ArrayList<>();
        GpuSampler.Start gpu = r.kinds().contains(ProfileKind.GPU) ? GpuSampler.start() : null;
        try {
            for (int round = 1; round <= rounds; round++) {
                console.note("profile: round " + round + "/" + rounds + ", without profilers");
                plain.add(run(r, config, List.of()));
                if (!recorder.profilers().isEmpty()) {
                    console.note("profile: round " + round + "/" + rounds + ", with " + recorder.name());
                    RunRecord run = run(r, config, recorder.profilers());
                    while ((profilerFailed(plain.get(plain.size() - 1), run) || !recorded(raw))
                            && recorder.next() != null) {
                        recorder = recorder.fallBack(failure(run), notes, console);
                        run = run(r, config, recorder.profilers());
                    }
                    if (!recorder.profilers()
                            .isEmpty()) { // "no profiler" at the end of the chain: no overhead to measure
                        profiled.add(run);
                    }
                    keepRecordings(raw, round);
                }
                if (r.kinds().contains(ProfileKind.MEMORY)) {
                    console.note("profile: round " + round + "/" + rounds + ", the leak check");
                    run(r, config, Profilers.leakCheck(raw));
                }
            }
        } finally {
            if (gpu != null && gpu.sampler() != null) {
                gpu.sampler().close();
            }
        }
        List<Benchmark> benchmarks = analyse(r, raw, recorder, notes);
        List<Overhead> overheads = overheads(plain, profiled);
        ProfilePage.Gpu gpuResult = gpu == null ? null : ProfilePage.gpu(gpu, config, notes);
        Path index = ProfilePage.write(r, recorder.name(), benchmarks, overheads, gpuResult, notes);
        return new Outcome(index, benchmarks.size(), List.copyOf(notes));
    }

    private RunRecord run(Request r, BenchConfig config, List<JmhProfiler> profilers) {
        if (r.jar() != null) {
            JarRuns.Selection s = r.jar();
            JarRuns.Selection one = new JarRuns.Selection(
                    s.jar(),
                    s.includes(),
                    s.excludes(),
                    s.params(),
                    s.settings().withForks(1).withProfilers(profilers));
            return new JarRuns(settings, console).run(one, "run");
        }
        return RunService.run(
                config,
                config.effective(),
                r.profile(),
                "run",
                Runs.suiteNames(r.suites()),
                r.filter(),
                settings.workDir(),
                console.progress(),
                console::warn,
                profilers);
    }

    /** True when a benchmark that ran without the profilers failed with them. */
    private static boolean profilerFailed(RunRecord plain, RunRecord profiled) {
        for (BenchmarkResult p : profiled.results()) {
            if (p.status() == Status.FAILED
                    && plain.results().stream().anyMatch(b -> b.id().equals(p.id()) && b.status() == Status.OK)) {
                return true;
            }
        }
        return false;
    }

    /** Renames the recordings a round wrote ({@code jfr-cpu.jfr}) to {@code jfr-cpu-roundN.jfr}, so the next round adds its own. */
    private static void keepRecordings(Path raw, int round) {
        try (Stream<Path> s = Files.walk(raw)) {
            for (Path p : s.filter(
                            p -> p.toString().endsWith(".jfr") && !p.toString().contains("-round"))
                    .toList()) {
                String name = p.getFileName().toString();
                Files.move(p, p.resolveSibling(name.substring(0, name.length() - 4) + "-round" + round + ".jfr"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the recordings under " + raw, e);
        }
    }

    /** What {@code step} gives, or null with its one-line reason added to {@code notes}. */
    private static <T> T orNote(java.util.function.Supplier<T> step, String id, List<String> notes) {
        try {
            return step.get();
        } catch (ProfileException e) {
            notes.add(id + ": " + e.getMessage());
            return null;
        }
    }

    /** True when this round wrote a recording under {@code raw} (earlier rounds' are renamed by {@link #keepRecordings}). */
    private static boolean recorded(Path raw) {
        try (Stream<Path> s = Files.walk(raw)) {
            return s.anyMatch(
                    p -> p.toString().endsWith(".jfr") && !p.toString().contains("-round"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + raw, e);
        }
    }

    private static String failure(RunRecord run) {
        return run.results().stream()
                .filter(b -> b.status() == Status.FAILED)
                .map(BenchmarkResult::error)
                .findFirst()
                .orElse("it wrote no recording");
    }

    private static List<Benchmark> analyse(Request r, Path raw, Recorder recorder, List<String> notes) {
        List<Benchmark> all = new ArrayList<>();
        for (Path dir : list(raw)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String id = dir.getFileName().toString();
            Map<String, String> files = new LinkedHashMap<>();
            Map<String, List<HotMethods.Row>> hot = new LinkedHashMap<>();
            LeakCheck leak = null;
            List<Path> recordings = list(dir).stream()
                    .filter(p -> p.toString().endsWith(".jfr"))
                    .toList();
            boolean recorded = !recordings.isEmpty();
            if (recorded && r.kinds().contains(ProfileKind.CPU)) {
                String event = r.wall() && recorder.async() ? "wall" : "cpu";
                Path collapsed = orNote(() -> draw(r, recordings, id, event, files), id, notes);
                if (collapsed != null) {
                    HotMethods methods = HotMethods.read(collapsed);
                    hot.put("self", methods.top(HOT_METHODS));
                    hot.put("total", methods.topByTotal(HOT_METHODS));
                }
            }
            if (recorded && r.kinds().contains(ProfileKind.MEMORY)) {
                orNote(() -> draw(r, recordings, id, "alloc", files), id, notes);
            }
            if (r.kinds().contains(ProfileKind.MEMORY)) {
                leak = orNote(() -> LeakCheck.read(dir), id, notes);
            }
            all.add(new Benchmark(id, files, hot, leak));
        }
        if (all.isEmpty() && !r.kinds().equals(EnumSet.of(ProfileKind.GPU))) {
            notes.add("no profile was recorded: " + recorder.name() + " wrote nothing under " + raw);
        }
        return all;
    }

    /** Writes {@code event}'s collapsed stacks and flamegraph of one benchmark, adds both to {@code files}, and returns the stacks. */
    private static Path draw(Request r, List<Path> jfr, String id, String event, Map<String, String> files) {
        String base = ProfilePage.slug(id) + "-" + event;
        Path collapsed = Flamegraphs.collapsed(jfr, r.out().resolve(base + ".collapsed"), event);
        Path html = Flamegraphs.html(collapsed, r.out().resolve(base + "-flamegraph.html"), id + " (" + event + ")");
        files.put(event + " flamegraph", r.out().relativize(html).toString());
        files.put(event + " stacks", r.out().relativize(collapsed).toString());
        return collapsed;
    }

    /** Per benchmark, the median over rounds of how much slower its primary metric ran profiled. */
    static List<Overhead> overheads(List<RunRecord> plain, List<RunRecord> profiled) {
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        Map<String, String> metrics = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(plain.size(), profiled.size()); i++) {
            for (BenchmarkResult b : plain.get(i).results()) {
                BenchmarkResult p = profiled.get(i).results().stream()
                        .filter(x -> x.id().equals(b.id()) && x.status() == Status.OK)
                        .findFirst()
                        .orElse(null);
                if (p == null || b.status() != Status.OK || b.metrics().isEmpty()) {
                    continue;
                }
                String name = b.metrics().keySet().iterator().next();
                Metric base = b.metrics().get(name);
                Metric with = p.metrics().get(name);
                if (with == null
                        || base.value() == 0
                        || with.value() == 0
                        || base.samples().size() == 0) {
                    continue;
                }
                double slowdown = base.direction() == Direction.HIGHER_IS_BETTER
                        ? base.value() / with.value() - 1
                        : with.value() / base.value() - 1;
                ratios.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(slowdown);
                metrics.put(b.id(), name);
            }
        }
        List<Overhead> out = new ArrayList<>();
        ratios.forEach((id, list) -> out.add(new Overhead(id, metrics.get(id), median(list), list.size())));
        return out;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException("--out " + dir + ": cannot create it (" + e.getMessage() + ")");
        }
    }

    /** The recorder in use: async-profiler, JFR, or none; each failure moves to the next. */
    record Recorder(String name, List<JmhProfiler> profilers, boolean async, Request request, Path raw) {
        static Recorder first(Request r, Path raw, Path library, List<String> notes, Console console) {
            if (!r.kinds().contains(ProfileKind.CPU) && !r.kinds().contains(ProfileKind.MEMORY)) {
                return new Recorder("no recorder (GPU sampling only)", List.of(), false, r, raw);
            }
            try {
                Path lib = library != null ? library : Profilers.asyncLibrary();
                return new Recorder("async-profiler", Profilers.async(r.kinds(), r.wall(), raw, lib), true, r, raw);
            } catch (ProfileException e) {
                Recorder jfr = new Recorder("JFR", Profilers.jfr(r.kinds(), raw), false, r, raw);
                say(
                        notes,
                        console,
                        e.getMessage() + "; profiling with JFR instead"
                                + (r.wall() ? " (CPU samples: JFR has no wall-clock mode)" : ""));
                return jfr;
            }
        }

        /** The recorder to try after this one, or null when none is left. */
        Recorder next() {
            if (async) {
                return new Recorder("JFR", Profilers.jfr(request.kinds(), raw), false, request, raw);
            }
            return profilers.isEmpty() ? null : new Recorder("no profiler", List.of(), false, request, raw);
        }

        Recorder fallBack(String why, List<String> notes, Console console) {
            Recorder next = next();
            String then = next.profilers().isEmpty()
                    ? "the benchmarks run on unprofiled"
                    : "profiling with " + next.name() + " instead";
            say(notes, console, name + " could not start (" + why + "); " + then);
            return next;
        }

        private static void say(List<String> notes, Console console, String line) {
            notes.add(line);
            console.warn(line);
        }
    }
}
