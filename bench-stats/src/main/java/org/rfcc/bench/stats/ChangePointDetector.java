package org.rfcc.bench.stats;

import java.util.List;
import java.util.Map;

/** Finds the points where a series shifts to a new level. */
public interface ChangePointDetector {
    /** The change points of {@code series} in index order; empty when it has none. */
    List<ChangePoint> detect(double[] series);

    /** The method and its settings, as output shows them next to the change points it found. */
    default Map<String, Object> parameters() {
        return Map.of("method", getClass().getSimpleName());
    }
}
