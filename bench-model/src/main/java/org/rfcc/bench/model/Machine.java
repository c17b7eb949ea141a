package org.rfcc.bench.model;

import java.util.List;

/**
 * The machine a run measured on. {@code fingerprint} is stable across runs on the same hardware
 * and JVM, and identifies a series together with its benchmark, params, metric and profile.
 *
 * @param gpu the GPU in use, or null when none was found or the run was CPU-only
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
        String gpu) {
    public Machine {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("a machine needs a fingerprint");
        }
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }
}
