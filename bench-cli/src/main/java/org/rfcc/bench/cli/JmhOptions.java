package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rfcc.bench.app.JarRuns;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.JmhJar;
import picocli.CommandLine.Option;

/** Which benchmarks of a JMH jar run, and how: the options of {@code run --jmh-jar} and {@code ab}. */
final class JmhOptions {
    private static final Pattern TIME = Pattern.compile("(\\d+)(ns|us|ms|s|m|min|h)");

    @Option(
            names = "--include",
            paramLabel = "REGEX",
            description = "Only benchmarks matching REGEX: a jar's as JMH matches their names, the suites' found in"
                    + " suite/benchmark[params] (e.g. compression/compression_speed); repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", description = "No benchmark matching REGEX; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(
            names = "--jmh-param",
            paramLabel = "NAME=V1,V2",
            description = "Run the benchmarks' param NAME with these values instead of its declared ones; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--warmup-iterations",
            paramLabel = "N",
            description = "Warmup iterations per fork (default: each benchmark's own, as JMH's -wi).")
    Integer warmupIterations;

    @Option(
            names = "--iterations",
            paramLabel = "N",
            description = "Measured iterations per fork (default: each benchmark's own, as JMH's -i).")
    Integer iterations;

    @Option(
            names = "--time",
            paramLabel = "DURATION",
            description = "The length of one warmup and one measured iteration, e.g. 200ms or 1s (JMH's -w and -r).")
    String time;

    @Option(names = "--prof-gc", description = "Attach JMH's gc profiler: allocation per operation and GC counts.")
    boolean profGc;

    /** True when an option that only a JMH jar takes was given (the suites take --include and --exclude too). */
    boolean jarOnlyGiven() {
        return !params.isEmpty() || warmupIterations != null || iterations != null || time != null || profGc;
    }

    /** The suites' benchmarks that --include and --exclude choose. */
    BenchmarkFilter filter() {
        return new BenchmarkFilter(includes, excludes);
    }

    /** The selection of {@code jar}'s benchmarks, with {@code forks} (null: the benchmarks' own) and {@code jvmArgs}. */
    JarRuns.Selection selection(Path jar, Integer forks, List<String> jvmArgs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, v) -> {
            List<String> list = List.of(v.split(",", -1));
            if (name.isBlank() || list.stream().anyMatch(String::isBlank)) {
                throw new UserException("--jmh-param '" + name + "=" + v + "' needs NAME=V1,V2 with no empty value");
            }
            values.put(name, list);
        });
        return new JarRuns.Selection(
                jar,
                includes,
                excludes,
                values,
                new JmhJar.Settings(
                        forks, warmupIterations, iterations, duration("--time", time), profGc, jvmArgs, List.of()));
    }

    /** {@code 200ms}, {@code 1s}, {@code 2min} as a duration; null for null. */
    static Duration duration(String option, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UserException(option + " '" + text + "' is not a duration such as 200ms, 1s or 2min");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ns" -> Duration.ofNanos(n);
            case "us" -> Duration.ofNanos(n * 1000);
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
