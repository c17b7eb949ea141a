package org.rfcc.bench.runner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rfcc.bench.model.UserException;

/**
 * A JMH uber-jar (the JMH archetype's {@code target/benchmarks.jar}) run as its own program, so
 * that its benchmarks run on the JMH version they were built with: {@code -lp} lists them and
 * their params, and each {@link JarPlan} runs in one invocation with {@code -foe true}, so that a
 * failing benchmark fails loudly and alone, and writes JMH's JSON, which {@code ingest}'s reader
 * turns into results: both routes give the same names.
 */
public final class JmhJar {
    /** What every fork of the jar's benchmarks runs with; null fields keep the benchmarks' own annotations. */
    public record Settings(
            Integer forks,
            Integer warmupIterations,
            Integer iterations,
            Duration time,
            boolean gcProfiler,
            List<String> jvmArgs,
            List<JmhProfiler> profilers) {
        public Settings {
            jvmArgs = List.copyOf(jvmArgs);
            profilers = List.copyOf(profilers);
            if (forks != null && forks < 1 || iterations != null && iterations < 1) {
                throw new UserException("--forks and --iterations must be at least 1");
            }
            if (warmupIterations != null && warmupIterations < 0) {
                throw new UserException("--warmup-iterations must be at least 0, got " + warmupIterations);
            }
            if (time != null && (time.isNegative() || time.isZero())) {
                throw new UserException("--time must be positive, got " + time);
            }
        }

        /** These settings with {@code forks} forks per benchmark. */
        public Settings withForks(int forks) {
            return new Settings(forks, warmupIterations, iterations, time, gcProfiler, jvmArgs, profilers);
        }

        /** These settings with {@code profilers} attached to the forks. */
        public Settings withProfilers(List<JmhProfiler> profilers) {
            return new Settings(forks, warmupIterations, iterations, time, gcProfiler, jvmArgs, profilers);
        }
    }

    private static final Pattern PARAM = Pattern.compile("\\s+param \"([^\"]+)\" = \\{(.*)}\\s*");
    /** What JMH writes (after "Iteration   1: ", say) before a failed benchmark's exception. */
    private static final String FAILURE = "<failure>";

    private final Path jar;

    /** The jar at {@code jar}; fails in one line unless it is a JMH benchmarks jar. */
    public JmhJar(Path jar) {
        this.jar = jar.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new UserException("--jmh-jar " + jar + ": no such file; build it first (mvn package makes"
                    + " target/benchmarks.jar in a JMH project)");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry("META-INF/BenchmarkList") == null) {
                throw new UserException("--jmh-jar " + jar + ": not a JMH benchmarks jar (it has no"
                        + " META-INF/BenchmarkList; build the uber-jar of a project with JMH's annotation processor)");
            }
        } catch (IOException e) {
            throw new UserException("--jmh-jar " + jar + ": not a readable jar (" + e.getMessage() + ")");
        }
    }

    /** The jar's file. */
    public Path file() {
        return jar;
    }

    /**
     * The plans of the benchmarks that match some of {@code includes} (all when empty) and none of
     * {@code excludes}: one per combination of their params, where {@code params} replaces the
     * values of the params it names.
     */
    public List<JarPlan> plans(List<String> includes, List<String> excludes, Map<String, List<String>> params) {
        List<Pattern> in = patterns(includes, "--include");
        List<Pattern> out = patterns(excludes, "--exclude");
        Map<String, Map<String, List<String>>> listed = list();
        List<JarPlan> plans = new ArrayList<>();
        List<String> used = new ArrayList<>();
        listed.forEach((method, declared) -> {
            if ((!in.isEmpty() && in.stream().noneMatch(p -> p.matcher(method).find()))
                    || out.stream().anyMatch(p -> p.matcher(method).find())) {
                return;
            }
            Map<String, List<String>> values = new LinkedHashMap<>(declared);
            params.forEach((name, v) -> {
                if (values.containsKey(name)) {
                    values.put(name, v);
                    used.add(name);
                }
            });
            int dot = method.lastIndexOf('.');
            for (Map<String, Object> combination : combinations(values)) {
                plans.add(new JarPlan(method.substring(0, dot), method.substring(dot + 1), combination));
            }
        });
        if (plans.isEmpty()) {
            throw new UserException("no benchmark of " + jar.getFileName() + " matches " + describe(includes, excludes)
                    + "; it has " + String.join(", ", listed.keySet()));
        }
        for (String name : params.keySet()) {
            if (!used.contains(name)) {
                throw new UserException("--jmh-param " + name + ": no chosen benchmark has a param of that name");
            }
        }
        return plans;
    }

    /**
     * Runs {@code plan} with {@code settings} and returns JMH's JSON of it.
     *
     * @param scratch a directory for the JSON and the log of the jar
     * @param progress told each line the jar prints, as it prints it
     * @throws BenchmarkFailure when the benchmark failed, with JMH's reason
     */
    public byte[] run(JarPlan plan, Settings settings, Path scratch, Consumer<String> progress) {
        JmhLock.checkFree();
        Path json = scratch.resolve("jmh-" + Integer.toHexString(plan.hashCode()) + "-" + System.nanoTime() + ".json");
        List<String> command = java();
        if (settings.profilers().stream().anyMatch(p -> p.name().contains("."))) {
            // a profiler of ours runs in the jar's forks, which take this JVM's class path
            command.addAll(List.of("-cp", jar + File.pathSeparator + ownClasses(), "org.openjdk.jmh.Main"));
        } else {
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.add("^" + Pattern.quote(plan.method()) + "$");
        plan.params().forEach((k, v) -> command.addAll(List.of("-p", k + "=" + v)));
        option(command, "-f", settings.forks());
        option(command, "-wi", settings.warmupIterations());
        Integer iterations = settings.iterations();
        if (JmhProfiler.iterations(0, settings.profilers()) > 0) {
            iterations = JmhProfiler.iterations(iterations == null ? 0 : iterations, settings.profilers());
        }
        option(command, "-i", iterations);
        if (settings.time() != null) {
            String t = settings.time().toMillis() + "ms";
            command.addAll(List.of("-w", t, "-r", t));
        }
        if (settings.gcProfiler()) {
            command.addAll(List.of("-prof", "gc"));
        }
        settings.profilers().forEach(p -> command.addAll(List.of("-prof", p.argument())));
        if (!settings.jvmArgs().isEmpty()) {
            command.addAll(List.of("-jvmArgsAppend", String.join(" ", settings.jvmArgs())));
        }
        command.addAll(List.of("-foe", "true", "-rf", "json", "-rff", json.toString()));
        List<String> output = new ArrayList<>();
        int exit = exec(command, line -> {
            output.add(line);
            progress.accept(line);
        });
        if (output.stream().anyMatch(l -> l.contains(JmhLock.JMH_MESSAGE))) {
            throw JmhLock.busy();
        }
        try {
            byte[] bytes = Files.exists(json) ? Files.readAllBytes(json) : new byte[0];
            if (exit != 0 || bytes.length == 0) {
                throw new BenchmarkFailure(failure(output, exit));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        } finally {
            json.toFile().delete();
        }
    }

    /** The benchmarks of the jar and their declared params with their values, as {@code -lp} lists them. */
    Map<String, Map<String, List<String>>> list() {
        List<String> command = java();
        command.addAll(List.of("-jar", jar.toString(), "-lp"));
        List<String> output = new ArrayList<>();
        int exit = exec(command, output::add);
        if (exit != 0) {
            throw new UserException(
                    "--jmh-jar " + jar + ": listing its benchmarks failed (exit " + exit + "): " + lastLine(output));
        }
        Map<String, Map<String, List<String>>> listed = new LinkedHashMap<>();
        Map<String, List<String>> current = null;
        for (String line : output) {
            Matcher m = PARAM.matcher(line);
            if (current != null && m.matches()) {
                current.put(m.group(1), List.of(m.group(2).split(",\\s*", -1)));
            } else if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("Benchmarks:")) {
                current = new LinkedHashMap<>();
                listed.put(line.strip(), current);
            }
        }
        return listed;
    }

    /** Every combination of the values, in order, the first param varying slowest. */
    static List<Map<String, Object>> combinations(Map<String, List<String>> values) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        values.forEach((name, vs) -> {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out) {
                for (String v : vs) {
                    Map<String, Object> m = new LinkedHashMap<>(partial);
                    m.put(name, v);
                    next.add(m);
                }
            }
            out.clear();
            out.addAll(next);
        });
        return out;
    }

    /** JMH's reason for a failed invocation: the exception after {@code <failure>}, else its last line. */
    static String failure(List<String> output, int exit) {
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).contains(FAILURE)) {
                for (int j = i + 1; j < output.size(); j++) {
                    if (!output.get(j).isBlank()) {
                        return output.get(j).strip();
                    }
                }
            }
        }
        return "the jar exited " + exit + " without results: " + lastLine(output);
    }

    private static String lastLine(List<String> output) {
        for (int i = output.size() - 1; i >= 0; i--) {
            if (!output.get(i).isBlank()) {
                return output.get(i).strip();
            }
        }
        return "(no output)";
    }

    /** The jar (or class directory) this class was loaded from. */
    private static String ownClasses() {
        try {
            return Path.of(JmhJar.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate rfcc-bench's own classes: " + e.getMessage(), e);
        }
    }

    private static List<String> java() {
        return new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    private static void option(List<String> command, String flag, Integer value) {
        if (value != null) {
            command.addAll(List.of(flag, value.toString()));
        }
    }

    private static List<Pattern> patterns(List<String> regexes, String option) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) {
            try {
                out.add(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                throw new UserException(option + " '" + r + "' is not a regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    private static String describe(List<String> includes, List<String> excludes) {
        String in = includes.isEmpty() ? "everything" : "--include " + String.join(" or ", includes);
        return excludes.isEmpty() ? in : in + " without --exclude " + String.join(" or ", excludes);
    }

    /** Runs {@code command}, telling {@code lines} each line of its output; returns its exit code. */
    private static int exec(List<String> command, Consumer<String> lines) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(new File("/dev/null"))
                    .start();
            try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
                reader.lines().forEach(lines);
            }
            return p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + Objects.requireNonNull(command.get(0)), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while the benchmarks ran");
        }
    }
}
