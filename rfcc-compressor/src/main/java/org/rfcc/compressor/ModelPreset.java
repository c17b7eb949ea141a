package org.rfcc.compressor;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The named RFCC models. They are presets of one algorithm over one embedding model
 * (all-MiniLM-L6-v2): each has its own default target ratio and tuning, and none is a
 * separately trained model.
 */
public enum ModelPreset {
    /** Light compression: keeps more near-duplicates and leans more on the lead. */
    RFCC_BASE_2X("rfcc-base-2x", 2.0, new Tuning(1.0, 2.0, 0.20, 0.50, 1.25, 16, 128, 16, 1.5, 4096)),
    /** The default: balanced salience, query relevance and redundancy. */
    RFCC_BASE_4X("rfcc-base-4x", 4.0, new Tuning(1.0, 2.0, 0.15, 0.60, 1.5, 16, 128, 16, 1.5, 4096)),
    /** Strong compression: penalises redundancy harder and trusts the lead less. */
    RFCC_BASE_8X("rfcc-base-8x", 8.0, new Tuning(1.0, 2.5, 0.10, 0.65, 2.0, 16, 128, 16, 1.6, 4096));

    private final String id;
    private final double defaultRatio;
    private final Tuning tuning;

    ModelPreset(String id, double defaultRatio, Tuning tuning) {
        this.id = id;
        this.defaultRatio = defaultRatio;
        this.tuning = tuning;
    }

    /** The model's name, e.g. {@code rfcc-base-4x}. */
    public String id() {
        return id;
    }

    /** The target ratio used when a request names none. */
    public double defaultRatio() {
        return defaultRatio;
    }

    /** The selection knobs of this preset. */
    public Tuning tuning() {
        return tuning;
    }

    /** Looks a model up by name, failing with the list of valid names. */
    public static ModelPreset byId(String id) {
        for (ModelPreset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new InvalidInputException("unknown model '" + id + "'; valid models: " + ids());
    }

    /** The valid model names, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ModelPreset::id).collect(Collectors.joining(", "));
    }
}
