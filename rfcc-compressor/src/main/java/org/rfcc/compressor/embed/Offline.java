package org.rfcc.compressor.embed;

/**
 * Keeps DJL (the HuggingFace tokenizer bindings) and ONNX Runtime off the network. DJL reads
 * these switches when its classes load, and otherwise contacts a cloud metadata address and a
 * telemetry endpoint, so {@link #ensure()} must run before any DJL class is touched.
 */
public final class Offline {
    private Offline() {}

    /** Sets DJL's offline and tracking opt-out switches as system properties; idempotent. */
    public static void ensure() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("DJL_OFFLINE", "true");
    }
}
