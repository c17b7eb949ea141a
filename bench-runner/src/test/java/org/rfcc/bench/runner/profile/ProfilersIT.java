package org.rfcc.bench.runner.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.runner.JmhExecutor;
import org.rfcc.bench.runner.JmhPlan;
import org.rfcc.bench.runner.TinyBenchmark;

/**
 * Real JMH forks with the real profilers: async-profiler from ap-loader, JFR, the leak check's
 * probe, and the converter that draws their flamegraphs.
 */
final class ProfilersIT {
    @TempDir
    Path dir;

    private static JmhPlan plan(String method, int forks) {
        return new JmhPlan(
                "test",
                method,
                Map.of("size", 20000),
                TinyBenchmark.class.getName() + "." + method,
                Map.of("size", "20000"),
                Mode.AverageTime,
                1,
                3,
                Duration.ofMillis(150),
                forks,
                false,
                raw -> Map.of("time_ms", new Metric("ms", Direction.LOWER_IS_BETTER, raw.series(s -> s.score()))));
    }

    @Test
    void leakCheck_suspectsTheBenchmarkThatKeepsEveryResult_andNotTheOneThatDoesNot() {
        new JmhExecutor(List.of(), Profilers.leakCheck(dir)).run(plan("leaky", 2));
        new JmhExecutor(List.of(), Profilers.leakCheck(dir)).run(plan("work", 2));
        LeakCheck leaky = LeakCheck.read(only(dir, "leaky"));
        LeakCheck steady = LeakCheck.read(only(dir, "work"));

        assertThat(leaky.iterations()).isEqualTo(Profilers.LEAK_ITERATIONS);
        assertThat(leaky.forks()).isEqualTo(2);
        assertThat(leaky.leakSuspected()).isTrue();
        // 512 longs = 4 KiB kept per operation: about 4 MB per 1,000 operations
        assertThat(leaky.retainedMbPer1000Ops()).isBetween(3.0, 5.0);
        assertThat(leaky.histogram()).contains("[J");
        assertThat(steady.leakSuspected()).isFalse();
        assertThat(Math.abs(steady.retainedMbPer1000Ops())).isLessThan(0.5);
        assertThat(steady.allocBytesPerOp()).isLessThan(leaky.allocBytesPerOp());
        assertThat(steady.nativeMb()).hasSize(Profilers.LEAK_ITERATIONS).allSatisfy(mb -> assertThat(mb)
                .isPositive());
    }

    @Test
    void asyncProfiler_drawsFlamegraphs_whoseHottestMethodAndAllocationSiteAreTheBenchmarks() throws IOException {
        new JmhExecutor(List.of(), Profilers.async(Set.of(ProfileKind.CPU, ProfileKind.MEMORY), false, dir))
                .run(plan("leaky", 1));
        Path bench = only(dir, "leaky");
        Path jfr = bench.resolve("jfr-cpu.jfr");
        assertThat(jfr).isNotEmptyFile();

        Path collapsed = Flamegraphs.collapsed(jfr, dir.resolve("cpu.collapsed"), "cpu");
        Path html = Flamegraphs.html(collapsed, dir.resolve("cpu.html"), "work");
        assertThat(html).content().contains("<html").contains("TinyBenchmark");
        HotMethods.Row top = HotMethods.read(collapsed).top(1).get(0);
        assertThat(top.method()).isEqualTo(TinyBenchmark.class.getName() + ".work");
        // the hottest by far; its share moves with the GC work of what "leaky" keeps (0.47 to 0.6 seen on 2 cores)
        assertThat(top.self()).isGreaterThan(0.3);
        assertThat(top.line()).startsWith(TinyBenchmark.class.getName() + ".work:");
        assertThat(Flamegraphs.collapsed(jfr, dir.resolve("alloc.collapsed"), "alloc"))
                .content()
                .contains("TinyBenchmark.leaky");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp.html"));
        }
    }

    @Test
    void jfr_recordsWhereAsyncProfilerCannot_andItsStacksReadTheSame() {
        new JmhExecutor(List.of(), Profilers.jfr(Set.of(ProfileKind.CPU), dir)).run(plan("work", 1));
        Path jfr;
        try (Stream<Path> s = Files.walk(dir)) {
            jfr = s.filter(p -> p.toString().endsWith(".jfr")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Path collapsed = Flamegraphs.collapsed(jfr, dir.resolve("jfr.collapsed"), "cpu");
        HotMethods hot = HotMethods.read(collapsed);
        assertThat(hot.samples()).isPositive();
        assertThat(hot.total(TinyBenchmark.class.getName() + ".work")).isGreaterThan(0.5);
    }

    @Test
    void convert_aRecordingThatIsNotOne_failsInOneLine_andLeavesNoFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("truncated.jfr"), "FLR\0 not a recording");
        Path out = dir.resolve("bad.collapsed");
        assertThatThrownBy(() -> Flamegraphs.collapsed(bad, out, "cpu"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("truncated.jfr");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("truncated.jfr");
        }
    }

    @Test
    void probe_anAsyncProfilerThatCannotAttach_saysWhyInOneLine_andTheRealOneAttaches() throws IOException {
        Path notALibrary = Files.writeString(dir.resolve("libnot-a-profiler.so"), "not an ELF file");
        assertThatThrownBy(() -> Profilers.probe(notALibrary, "cpu"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("async-profiler cannot attach here: ")
                .hasMessageNotContaining("\n");
        Profilers.probe(Profilers.asyncLibrary(), "cpu");
    }

    private static Path only(Path dir, String method) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains("." + method + "-"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
