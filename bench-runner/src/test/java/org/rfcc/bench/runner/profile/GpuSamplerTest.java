package org.rfcc.bench.runner.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class GpuSamplerTest {
    @Test
    void withoutNvidiaSmi_thereIsNoSampler_andOneLineSaysWhy() {
        GpuSampler.Start s = GpuSampler.start("nvidia-smi-that-is-not-installed");
        assertThat(s.sampler()).isNull();
        assertThat(s.reason()).isEqualTo("no NVIDIA GPU: nvidia-smi-that-is-not-installed is not on the PATH");
    }

    @Test
    void aCommandThatFindsNoGpu_saysWhatItPrinted() {
        GpuSampler.Start s = GpuSampler.start("false");
        assertThat(s.sampler()).isNull();
        assertThat(s.reason()).startsWith("nvidia-smi finds no NVIDIA GPU: ");
    }

    @Test
    void parse_readsQueryLines_naFieldsAsNaN_andSkipsOthers() {
        GpuSampler.Sample s = GpuSampler.parse(5, "0, NVIDIA H200, 87, 41, 5120, 143771");
        assertThat(s.gpu()).isZero();
        assertThat(s.name()).isEqualTo("NVIDIA H200");
        assertThat(s.utilization()).isEqualTo(87);
        assertThat(s.memoryUsedMb()).isEqualTo(5120);
        assertThat(GpuSampler.parse(5, "1, Tesla T4, [N/A], [N/A], 300, 15360").utilization())
                .isNaN();
        assertThat(GpuSampler.parse(5, "Failed to initialize NVML: Driver/library version mismatch"))
                .isNull();
        assertThat(GpuSampler.parse(5, "x, a, b, c, d, e")).isNull();
    }
}
