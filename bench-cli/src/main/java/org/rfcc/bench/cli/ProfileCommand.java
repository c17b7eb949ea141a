package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rfcc.bench.app.Profiles;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.profile.ProfileKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench profile --cpu | --memory | --gpu}: profilers around a suite or a JMH jar's benchmarks. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Profile benchmarks: where the CPU time goes (--cpu: a flamegraph per benchmark and its 30 hottest methods,"
                    + " with their hottest lines), what is allocated and kept (--memory: an allocation flamegraph,"
                    + " bytes per operation, a leak check on the heap retained after GC, the top retainers, native"
                    + " memory), and the GPU (--gpu: nvidia-smi samples; without a GPU gpu_analysis.json says so).",
            "async-profiler (bundled, nothing is downloaded) records the CPU and allocations; where it cannot"
                    + " start, JFR does, and where neither can, the benchmarks run unprofiled; each is said in one line.",
            "Each round runs one fork without the profilers and one with them, so that their overhead is measured"
                    + " side by side; rounds = the config's forks (a jar: --forks). Everything goes into --out, linked"
                    + " from its index.html."
        })
final class ProfileCommand extends BaseCommand {
    @Option(names = "--cpu", description = "Profile CPU time (or wall-clock time with --wall).")
    boolean cpu;

    @Option(names = "--memory", description = "Profile allocations, retained heap (leak check) and native memory.")
    boolean memory;

    @Option(names = "--gpu", description = "Sample the NVIDIA GPUs with nvidia-smi while the benchmarks run.")
    boolean gpu;

    @Option(names = "--wall", description = "With --cpu: sample wall-clock time (waiting included), not CPU time.")
    boolean wall;

    @Option(
            names = "--suite",
            defaultValue = Defaults.ALL_SUITES,
            split = ",",
            description = "Suites to profile, comma-separated or repeated, or all (default: ${DEFAULT-VALUE}).")
    List<String> suites;

    @Option(names = "--benchmark", paramLabel = "REGEX", description = "Only benchmarks matching REGEX (as --include).")
    List<String> benchmarks = List.of();

    @Option(
            names = "--jmh-jar",
            paramLabel = "JAR",
            description = "Profile the benchmarks of this JMH uber-jar instead.")
    Path jmhJar;

    @Option(
            names = "--forks",
            paramLabel = "N",
            description = "With --jmh-jar: rounds (one fork each way) per benchmark (default: 1).")
    Integer forks;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The directory to write (default: profiles/<timestamp>/).")
    Path out;

    @Mixin
    JmhOptions jmh;

    @Mixin
    ProfileOptions profiles;

    @Override
    protected int doCall() {
        Set<ProfileKind> kinds = EnumSet.noneOf(ProfileKind.class);
        if (cpu) {
            kinds.add(ProfileKind.CPU);
        }
        if (memory) {
            kinds.add(ProfileKind.MEMORY);
        }
        if (gpu) {
            kinds.add(ProfileKind.GPU);
        }
        if (wall && !cpu) {
            throw new UserException("--wall samples wall-clock time for --cpu; add --cpu");
        }
        jmh.includes.addAll(benchmarks);
        if (jmhJar == null && (jmh.jarOnlyGiven() || forks != null)) {
            throw new UserException("--jmh-param, --warmup-iterations, --iterations, --time, --prof-gc and --forks"
                    + " choose how a JMH jar's benchmarks run: give the jar with --jmh-jar");
        }
        if (jmhJar != null && (profiles.quick || profiles.profile != null)) {
            throw new UserException(
                    "--jmh-jar profiles the jar's benchmarks as they are; leave out --quick and --profile");
        }
        Path dir = out != null
                ? out
                : Path.of("profiles", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Profiles.Request request = new Profiles.Request(
                kinds,
                profiles.chosen(),
                suites,
                jmh.filter(),
                jmhJar == null ? null : jmh.selection(jmhJar, forks, List.of()),
                wall,
                dir.toAbsolutePath());
        Profiles.Outcome o = new Profiles(settings(), console()).profile(request);
        out().printf("profiled %d benchmark(s): open %s%n", o.benchmarks(), o.index());
        return ExitCodes.OK;
    }
}
