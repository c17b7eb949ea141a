package org.rfcc.bench.stats;

import java.util.List;

/** Finds the points where a series shifts to a new level. */
public interface ChangePointDetector {
    /** The change points of {@code series} in index order; empty when it has none. */
    List<ChangePoint> detect(double[] series);
}
