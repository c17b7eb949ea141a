package org.rfcc.bench.model.config;

/** The benchmarks section: what is compressed, with which models, on which hardware. */
public record Benchmarks(Compression compression, ModelsSection models, Hardware hardware) {
    public Benchmarks {
        if (compression == null || models == null || hardware == null) {
            throw new IllegalArgumentException("benchmarks needs compression, models and hardware");
        }
    }
}
