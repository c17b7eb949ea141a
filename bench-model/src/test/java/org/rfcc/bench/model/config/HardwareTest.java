package org.rfcc.bench.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

final class HardwareTest {
    @Test
    void parseSize_units_areBinary() {
        assertThat(Hardware.parseSize("8GB")).hasValue(8L * 1024 * 1024 * 1024);
        assertThat(Hardware.parseSize("512MB")).hasValue(512L * 1024 * 1024);
        assertThat(Hardware.parseSize("1.5GB")).hasValue(1536L * 1024 * 1024);
        assertThat(Hardware.parseSize("1024KB")).hasValue(1024L * 1024);
        assertThat(Hardware.parseSize("8 gigs")).isEmpty();
        assertThat(Hardware.parseSize("0GB")).isEmpty();
    }

    @Test
    void gpuMemoryLimitBytes_keepsTheTextAndDerivesBytes() {
        Hardware hardware = new Hardware(false, "512MB");

        assertThat(hardware.gpuMemoryLimit()).isEqualTo("512MB");
        assertThat(hardware.gpuMemoryLimitBytes()).isEqualTo(512L << 20);
    }

    @Test
    void new_malformedSize_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hardware(true, "lots"))
                .withMessageContaining("gpu_memory_limit");
    }
}
