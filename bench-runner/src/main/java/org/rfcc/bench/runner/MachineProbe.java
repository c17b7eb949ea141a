package org.rfcc.bench.runner;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rfcc.bench.model.Machine;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GraphicsCard;
import oshi.hardware.HardwareAbstractionLayer;

/** Describes this machine with OSHI and the JVM's management beans. */
public final class MachineProbe {
    /** The hardware as probed once a process (half a second of OSHI a probe); the machine does not change. */
    private static volatile Hardware probed;

    private record Hardware(String os, String cpuModel, int cores, long memory, String gpu) {}

    private MachineProbe() {}

    /**
     * The machine section of a run.
     *
     * @param forkJvmArgs the extra flags every fork runs with
     * @param wantsGpu whether the run asked for the GPU; it is in use when one is also found
     */
    public static Machine probe(List<String> forkJvmArgs, boolean wantsGpu) {
        Hardware h = hardware();
        String os = h.os();
        String cpuModel = h.cpuModel();
        int cores = h.cores();
        long memory = h.memory();
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        String gpu = h.gpu();
        String fingerprint = fingerprint(os, cpuModel, cores, memory, jvm, gpu);
        return new Machine(
                fingerprint, os, cpuModel, cores, memory, jvm, forkJvmArgs, gc, gpu, wantsGpu && gpu != null);
    }

    private static Hardware hardware() {
        Hardware h = probed;
        if (h == null) {
            SystemInfo si = new SystemInfo();
            HardwareAbstractionLayer hw = si.getHardware();
            CentralProcessor cpu = hw.getProcessor();
            h = new Hardware(
                    si.getOperatingSystem().toString(),
                    cpu.getProcessorIdentifier().getName().strip(),
                    cpu.getLogicalProcessorCount(),
                    hw.getMemory().getTotal(),
                    nvidiaGpu(hw));
            probed = h;
        }
        return h;
    }

    /** The first NVIDIA card OSHI sees, or null. */
    static String nvidiaGpu(HardwareAbstractionLayer hw) {
        return hw.getGraphicsCards().stream()
                .filter(c -> c.getVendor().toLowerCase(Locale.ROOT).contains("nvidia"))
                .map(GraphicsCard::getName)
                .findFirst()
                .orElse(null);
    }

    private static String fingerprint(Object... parts) {
        String joined = java.util.Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("|"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
