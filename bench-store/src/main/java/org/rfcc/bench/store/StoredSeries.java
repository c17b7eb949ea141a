package org.rfcc.bench.store;

/**
 * A stored series with the id the history gave it, the id of {@code GET /api/series/{id}/points}.
 *
 * @param unit the unit its values are read in
 * @param direction {@code higher_is_better} or {@code lower_is_better}
 */
public record StoredSeries(long id, SeriesKey key, String unit, String direction) {}
