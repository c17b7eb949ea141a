package org.rfcc.bench.runner.profile;

/** What a profile looks at. */
public enum ProfileKind {
    /** Where the CPU time goes: flamegraphs and hot methods. */
    CPU,
    /** Allocation flamegraphs, allocation per operation, a leak check and native memory. */
    MEMORY,
    /** GPU utilisation and memory, sampled with {@code nvidia-smi}. */
    GPU
}
