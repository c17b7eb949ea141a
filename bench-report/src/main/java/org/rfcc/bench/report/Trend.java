package org.rfcc.bench.report;

import java.time.Instant;
import java.util.List;
import org.rfcc.bench.model.Direction;

/**
 * The recent history of one key series from the store, oldest run first, for the report's trend
 * plots and tables.
 *
 * @param series the series name ({@code SeriesNames.name}: suite/benchmark/metric[params])
 * @param changePoints indexes into {@code points} where a new level begins (change point detection)
 * @param current the index of the reported run in {@code points}, or -1 when it is not stored
 */
public record Trend(
        String series, String unit, Direction direction, List<Point> points, List<Integer> changePoints, int current) {
    public Trend {
        points = List.copyOf(points);
        changePoints = List.copyOf(changePoints);
        if (current < -1 || current >= points.size()) {
            throw new IllegalArgumentException(
                    "current " + current + " is not an index of " + points.size() + " points");
        }
    }

    /** One stored value of the series. */
    public record Point(String runId, Instant startedAt, String commit, double value) {}
}
