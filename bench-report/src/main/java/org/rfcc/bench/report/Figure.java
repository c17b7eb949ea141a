package org.rfcc.bench.report;

/**
 * A plot as the HTML report shows it: inline SVG markup with its title and caption.
 *
 * @param name the plot's file stem
 * @param svg SVG markup safe to inline (escaped text, ids unique in the page)
 * @param trend a trend from the history: it goes with the regression analysis
 */
public record Figure(String name, String title, String caption, String svg, boolean trend) {}
