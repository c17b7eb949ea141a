package org.rfcc.bench.runner.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class DiffProfileTest {
    private static final String STUB = "p.jmh_generated.B_run_jmhTest.run_avgt_jmhStub:261";

    @Test
    void theMethodWhoseShareGrew_isNamed_notItsCallers() {
        HotMethods base =
                HotMethods.of(List.of(STUB + ";p.B.run;p.Parse.parse 500", STUB + ";p.B.run;p.Score.score 500"));
        HotMethods head =
                HotMethods.of(List.of(STUB + ";p.B.run;p.Parse.parse 500", STUB + ";p.B.run;p.Score.score:40 1500"));
        assertThat(DiffProfile.grew(base, head)).isEqualTo("p.Score.score");
    }

    @Test
    void aNewCalleeThatCarriesTheGrowth_isNamed_theMostSpecificOfItsChain() {
        HotMethods base =
                HotMethods.of(List.of(STUB + ";p.B.run;p.Parse.parse 500", STUB + ";p.B.run;p.Score.score 500"));
        HotMethods head = HotMethods.of(List.of(
                STUB + ";p.B.run;p.Parse.parse 500",
                STUB + ";p.B.run;p.Score.score 500",
                STUB + ";p.B.run;p.Score.score;p.Score.inner:12 1000"));
        assertThat(DiffProfile.grew(base, head)).isEqualTo("p.Score.inner");
    }

    @Test
    void aSlowdownSpreadEvenly_namesNoMethod() {
        List<String> stacks = List.of(STUB + ";p.B.run;p.Parse.parse 500", STUB + ";p.B.run;p.Score.score 500");
        List<String> doubled = List.of(STUB + ";p.B.run;p.Parse.parse 1000", STUB + ";p.B.run;p.Score.score 1000");
        assertThat(DiffProfile.grew(HotMethods.of(stacks), HotMethods.of(doubled)))
                .isNull();
    }

    @Test
    void aChangeWithinSamplingNoise_namesNoMethod() {
        HotMethods base =
                HotMethods.of(List.of(STUB + ";p.B.run;p.Parse.parse 10", STUB + ";p.B.run;p.Score.score 10"));
        HotMethods head = HotMethods.of(List.of(STUB + ";p.B.run;p.Parse.parse 8", STUB + ";p.B.run;p.Score.score 12"));
        assertThat(DiffProfile.grew(base, head))
                .as("10%% more of 20 samples is noise")
                .isNull();
    }

    @Test
    void theBenchmarksSamples_areItsThreadsAndTheTasksItHandedToPools_notJmhsNorTheJvms() {
        String pool = "java.lang.Thread.run:840;java.util.concurrent.ThreadPoolExecutor$Worker.run:635;"
                + "java.util.concurrent.ThreadPoolExecutor.runWorker:1136;";
        List<String> fork = List.of(
                pool + "java.util.concurrent.FutureTask.run:264;" + STUB + ";p.B.run;p.Parse.parse 50",
                pool + "p.Lanes.lambda$run$0:12;p.Score.score 30",
                pool
                        + "java.util.concurrent.FutureTask.run:264;org.openjdk.jmh.runner.BenchmarkHandler$BenchmarkTask.call 5",
                "java.lang.Thread.run;java.util.concurrent.ForkJoinWorkerThread.run:165;"
                        + "java.util.concurrent.ForkJoinPool.runWorker:1622;p.Split.compute 7",
                pool + "java.util.concurrent.LinkedBlockingQueue.take:435 2",
                "libc.so.6.start_thread;libjvm.so.thread_native_entry;libjvm.so.C2Compiler::compile_method 40");
        assertThat(DiffProfile.ofBenchmark(fork))
                .containsOnly(
                        Map.entry(STUB + ";p.B.run;p.Parse.parse", 50L),
                        Map.entry("p.Lanes.lambda$run$0:12;p.Score.score", 30L),
                        Map.entry("p.Split.compute", 7L));
        assertThat(DiffProfile.ofBenchmark(List.of(pool + "p.Console.progress 9", "p.Main.main;p.Main.run 3")))
                .as("a JVM that ran no benchmark, the parent")
                .isEmpty();
    }

    @Test
    void theSentence_andShortNames() {
        var r = new DiffProfile.Result(null, 400, 410, "org.rfcc.compressor.RfccCompressor.embed", 0.27, 0.68, 0);
        assertThat(r.sentence()).isEqualTo("RfccCompressor.embed +41% of samples (27% → 68%)");
        assertThat(new DiffProfile.Result(null, 400, 410, null, 0, 0, 0).sentence())
                .startsWith("no method's share of the samples grew beyond sampling noise (400 base, 410 head");
        assertThat(DiffProfile.shortName("libonnxruntime.so.1.20.0.OrtRun"))
                .isEqualTo("libonnxruntime.so.1.20.0.OrtRun");
        assertThat(DiffProfile.shortName("a.b.Outer$Inner.lambda$run$0")).isEqualTo("Outer$Inner.lambda$run$0");
    }

    @Test
    void theAgentFlag_writesARecordingPerJvm() {
        assertThat(DiffProfile.agent(java.nio.file.Path.of("/lib/libasyncProfiler.so"), java.nio.file.Path.of("/d")))
                .isEqualTo("-agentpath:/lib/libasyncProfiler.so=start,event=cpu,interval=10000000,file=/d/%p.jfr");
    }
}
