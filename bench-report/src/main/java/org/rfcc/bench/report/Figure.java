package org.rfcc.bench.report;

/**
 * A plot as the HTML report shows it: inline SVG markup with its title and caption.
 *
 * @param name the plot's file stem; {@code trend_…} plots go with the regression analysis
 * @param svg SVG markup safe to inline (escaped text, ids unique in the page)
 */
public record Figure(String name, String title, String caption, String svg) {
    boolean trend() {
        return name.startsWith("trend_");
    }
}
