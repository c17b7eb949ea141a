package org.rfcc.bench.model;

import java.util.List;

/**
 * The machine a run measured on. {@code fingerprint} is stable across runs on the same hardware
 * and JVM, and identifies a series together with its benchmark, params, metric and profile.
 *
 * @param gpu the NVIDIA GPU found on the machine, or null when none was found
 * @param gpuInUse whether the benchmarks ran on that GPU (config {@code cpu_only: false})
 */
public record Machine(
        String fingerprint,
        String os,
        String cpuModel,
        int cpuCores,
        long memoryBytes,
        String jvm,
        List<String> jvmFlags,
        String gc,
        String gpu,
        boolean gpuInUse) {
    public Machine {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("a machine needs a fingerprint");
        }
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
        if (gpuInUse && gpu == null) {
            throw new IllegalArgumentException("a GPU cannot be in use when none was found");
        }
    }
}
