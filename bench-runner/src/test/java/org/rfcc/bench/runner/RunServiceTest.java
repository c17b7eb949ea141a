package org.rfcc.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Machine;

/** What a run records of its machine when the config asks for no system information. */
final class RunServiceTest {
    private static Machine machine(boolean gpuInUse) {
        return new Machine(
                "0ba1453402fc57d3",
                "Linux",
                "AMD EPYC",
                2,
                1L << 34,
                "OpenJDK 17",
                List.of("-Xmx1g"),
                "G1",
                "NVIDIA H200",
                gpuInUse);
    }

    @Test
    void fingerprintOnly_keepsTheFingerprint_andTheGpuOnlyWhenTheRunUsedIt() {
        Machine onGpu = RunService.fingerprintOnly(machine(true));
        assertThat(onGpu.fingerprint()).isEqualTo("0ba1453402fc57d3");
        assertThat(onGpu.os()).isNull();
        assertThat(onGpu.cpuModel()).isNull();
        assertThat(onGpu.jvmFlags()).isEmpty();
        assertThat(onGpu.gpu()).isEqualTo("NVIDIA H200");
        assertThat(onGpu.gpuInUse()).isTrue();

        Machine onCpu = RunService.fingerprintOnly(machine(false));
        assertThat(onCpu.gpu()).isNull();
        assertThat(onCpu.gpuInUse()).isFalse();
    }
}
