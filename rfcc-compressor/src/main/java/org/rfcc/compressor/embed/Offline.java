package org.rfcc.compressor.embed;

import java.util.List;

/**
 * Keeps DJL (the HuggingFace tokenizer bindings) and ONNX Runtime off the network. DJL reads
 * these switches when its classes load, and otherwise contacts a cloud metadata address and a
 * telemetry endpoint, so {@link #ensure()} must run before any DJL class is touched.
 */
public final class Offline {
    /** The same switches as JVM flags, for a JVM that this one starts (a JMH fork, say). */
    public static final List<String> JVM_FLAGS =
            List.of("-Dai.djl.offline=true", "-Doffline=true", "-DOPT_OUT_TRACKING=true", "-DDJL_OFFLINE=true");

    private Offline() {}

    /** Sets DJL's offline and tracking opt-out switches as system properties; idempotent. */
    public static void ensure() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("DJL_OFFLINE", "true");
    }
}
