package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.rfcc.bench.model.Coverage;
import org.rfcc.bench.runner.JmhProfiler;

/**
 * {@code run --coverage}: the JaCoCo agent on every fork ({@link CoverageAgent}), the analysis of
 * what it recorded against the class files of the measured packages ({@code jacoco.core}), and the
 * critical paths: the methods of those packages that take at least {@value #CRITICAL_SHARE} of the
 * CPU samples (with their callees) of a representative workload run in a JVM of its own under
 * async-profiler, or JFR where async-profiler cannot attach.
 */
public final class BenchmarkCoverage {
    /** The share of a workload's CPU samples that makes a method critical: 1%. */
    public static final double CRITICAL_SHARE = 0.01;

    private BenchmarkCoverage() {}

    /** The JaCoCo agent's jar: the {@code org.jacoco.agent} runtime artifact on this classpath. */
    public static Path agentJar() {
        try {
            return Path.of(
                    RT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new ProfileException("the JaCoCo agent's jar cannot be found: " + e.getMessage(), e);
        }
    }

    /**
     * The profiler that makes every fork record its coverage of {@code packages} (with their
     * subpackages; one with a leading {@code !} is left out) into {@code exec}.
     */
    public static List<JmhProfiler> profiler(Path exec, List<String> packages) {
        String options =
                "agent=" + agentJar() + ";destfile=" + exec.toAbsolutePath() + ";includes=" + patterns(packages, false);
        String excludes = patterns(packages, true);
        return List.of(new JmhProfiler(
                CoverageAgent.class.getName(), excludes.isEmpty() ? options : options + ";excludes=" + excludes));
    }

    /** JaCoCo's class patterns ({@code a.b.*:c.d.*}) of the packages left out, or of those measured. */
    private static String patterns(List<String> packages, boolean out) {
        return String.join(
                ":",
                packages.stream()
                        .filter(p -> p.startsWith("!") == out)
                        .map(p -> (out ? p.substring(1) : p) + ".*")
                        .toList());
    }

    /** Whether the class or method {@code name} ({@code a.b.C…}) is in the measured packages and not left out. */
    static boolean measured(String name, List<String> packages) {
        return packages.stream().anyMatch(p -> !p.startsWith("!") && name.startsWith(p + "."))
                && packages.stream().noneMatch(p -> p.startsWith("!") && name.startsWith(p.substring(1) + "."));
    }

    /**
     * What {@code exec} recorded of the classes of {@code packages} found in {@code classpath}
     * (jars and directories); {@code workload} the methods' total shares of a representative
     * workload's samples ({@link #workload}), or null with {@code reason} why there is none.
     */
    public static Coverage analyse(
            Path exec, List<Path> classpath, List<String> packages, Map<String, Double> workload, String reason) {
        if (!Files.isRegularFile(exec)) {
            throw new ProfileException("the forks wrote no coverage (" + exec.getFileName() + " is missing)");
        }
        ExecFileLoader loader = new ExecFileLoader();
        CoverageBuilder builder = new CoverageBuilder();
        try {
            loader.load(exec.toFile());
            Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), builder);
            Set<String> seen = new HashSet<>();
            for (Path entry : classpath) {
                classes(entry, packages, seen, analyzer);
            }
        } catch (IOException e) {
            throw new ProfileException("cannot read the coverage " + exec.getFileName() + ": " + e.getMessage(), e);
        }
        if (builder.getClasses().isEmpty()) {
            throw new ProfileException("no class of " + String.join(", ", packages) + " is on the classpath");
        }
        return coverage(builder, packages, workload, reason);
    }

    private static Coverage coverage(
            CoverageBuilder builder, List<String> packages, Map<String, Double> workload, String reason) {
        long lines = 0;
        long linesCovered = 0;
        long branches = 0;
        long branchesCovered = 0;
        List<Coverage.ClassCoverage> classes = new ArrayList<>();
        List<String> unexecuted = new ArrayList<>();
        Set<String> executed = new HashSet<>();
        for (IClassCoverage c : new TreeMap<>(byName(builder)).values()) {
            String name = c.getName().replace('/', '.');
            lines += c.getLineCounter().getTotalCount();
            linesCovered += c.getLineCounter().getCoveredCount();
            branches += c.getBranchCounter().getTotalCount();
            branchesCovered += c.getBranchCounter().getCoveredCount();
            classes.add(new Coverage.ClassCoverage(
                    name, c.getLineCounter().getTotalCount(), ratio(c.getLineCounter()), ratio(c.getBranchCounter())));
            for (IMethodCoverage m : c.getMethods()) {
                String method = name + "." + m.getName();
                if (m.getMethodCounter().getCoveredCount() > 0) {
                    executed.add(method);
                } else {
                    unexecuted.add(method);
                }
            }
        }
        unexecuted.removeAll(executed); // an overload that ran covers the name
        List<Coverage.Critical> critical = new ArrayList<>();
        if (workload != null) {
            new TreeMap<>(workload).forEach((method, share) -> {
                if (share >= CRITICAL_SHARE && measured(method, packages) && known(method, builder)) {
                    critical.add(new Coverage.Critical(method, share, executed.contains(method)));
                }
            });
            critical.sort((a, b) -> Double.compare(b.share(), a.share()));
        }
        List<String> uncovered = critical.stream()
                .filter(c -> !c.covered())
                .map(Coverage.Critical::method)
                .toList();
        Double share = workload == null || critical.isEmpty()
                ? null
                : (double) (critical.size() - uncovered.size()) / critical.size();
        return new Coverage(
                packages,
                lines == 0 ? 1 : (double) linesCovered / lines,
                branches == 0 ? 1 : (double) branchesCovered / branches,
                share,
                uncovered,
                critical,
                workload == null
                        ? reason
                        : critical.isEmpty()
                                ? "the workload spent 1% of its samples in no method of " + String.join(", ", packages)
                                : null,
                classes,
                unexecuted.stream().distinct().sorted().toList());
    }

    /**
     * The total share of the CPU samples of every method in a representative workload: {@code
     * command} ({@code java} first) run with async-profiler's {@code library} (JFR when it is null or
     * cannot attach) into {@code dir}; fails in one line when the workload fails.
     */
    public static Map<String, Double> workload(List<String> command, Path dir, Path library) {
        Path jfr = dir.resolve("workload.jfr");
        String recorder;
        try {
            Profilers.probe(library, "cpu");
            recorder = "-agentpath:" + library + "=start,event=cpu,interval=" + Profilers.INTERVAL_NS + ",file=" + jfr;
        } catch (ProfileException | NullPointerException e) {
            recorder = "-XX:StartFlightRecording=settings=profile,filename=" + jfr;
        }
        List<String> full = new ArrayList<>(command.subList(0, 1));
        full.add(recorder);
        full.addAll(command.subList(1, command.size()));
        Path log = dir.resolve("workload.log");
        try {
            Process p = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new ProfileException("the representative workload ran past 30 minutes");
            }
            if (p.exitValue() != 0) {
                List<String> said = Files.readAllLines(log);
                throw new ProfileException("the representative workload failed (exit " + p.exitValue() + "): "
                        + (said.isEmpty() ? "no output" : said.get(said.size() - 1)));
            }
        } catch (IOException e) {
            throw new ProfileException("cannot run the representative workload: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileException("interrupted while profiling the representative workload", e);
        }
        return HotMethods.of(JfrStacks.read(jfr, "cpu")).totals();
    }

    private static Map<String, IClassCoverage> byName(CoverageBuilder builder) {
        Map<String, IClassCoverage> out = new TreeMap<>();
        builder.getClasses().forEach(c -> out.put(c.getName(), c));
        return out;
    }

    private static boolean known(String method, CoverageBuilder builder) {
        int dot = method.lastIndexOf('.');
        String owner = method.substring(0, dot).replace('.', '/');
        String name = method.substring(dot + 1);
        return builder.getClasses().stream()
                .anyMatch(c -> c.getName().equals(owner)
                        && c.getMethods().stream().anyMatch(m -> m.getName().equals(name)));
    }

    private static double ratio(ICounter counter) {
        return counter.getTotalCount() == 0 ? 1 : counter.getCoveredRatio();
    }

    /** Fails in one line, before anything runs, when {@code classpath} has no class of {@code packages}. */
    public static void checkClasses(List<Path> classpath, List<String> packages) {
        for (Path entry : classpath) {
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    if (jar.stream().anyMatch(e -> e.getName().endsWith(".class") && wanted(e.getName(), packages))) {
                        return;
                    }
                } catch (IOException e) {
                    continue; // not a jar after all: the analysis skips it too
                }
            } else if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".class")
                            && wanted(entry.relativize(f).toString().replace('\\', '/'), packages))) {
                        return;
                    }
                } catch (IOException e) {
                    continue;
                }
            }
        }
        throw new ProfileException("no class of " + String.join(", ", packages) + " is on the benchmarks' class path");
    }

    /** Analyses the classes of {@code packages} in a jar or a directory of classes, each name once. */
    private static void classes(Path entry, List<String> packages, Set<String> seen, Analyzer analyzer)
            throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = entry.relativize(f).toString().replace('\\', '/');
                    if (wanted(name, packages) && seen.add(name)) {
                        try (InputStream in = Files.newInputStream(f)) {
                            analyzer.analyzeClass(in, name);
                        }
                    }
                }
            }
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            try (ZipFile jar = new ZipFile(entry.toFile())) {
                for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                    if (e.getName().endsWith(".class") && wanted(e.getName(), packages) && seen.add(e.getName())) {
                        try (InputStream in = jar.getInputStream(e)) {
                            analyzer.analyzeClass(in, e.getName());
                        }
                    }
                }
            }
        }
    }

    /** A class of the packages, not a class JMH generated nor one of a multi-release jar's versions. */
    private static boolean wanted(String name, List<String> packages) {
        return measured(name.replace('/', '.'), packages)
                && !name.contains("/jmh_generated/")
                && !name.endsWith("module-info.class");
    }

    /** The class path entries of {@code classpath} (a {@code java.class.path} value). */
    public static List<Path> entries(String classpath) {
        List<Path> out = new ArrayList<>();
        for (String e : classpath.split(java.io.File.pathSeparator)) {
            if (!e.isBlank()) {
                out.add(Path.of(e));
            }
        }
        return out;
    }
}
