package org.rfcc.bench.report;

/**
 * One finding of a recommendation rule: what the data of this run shows, and what to do.
 *
 * @param rule the id of the {@link org.rfcc.bench.model.seam.Rule} that found it
 */
public record Recommendation(String rule, String text) {}
