package org.rfcc.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every plot: white background, the Okabe–Ito colour-blind-safe palette, sans
 * serif fonts sized for a 720×400 chart, light grid lines, numbers in {@link Locale#ROOT}.
 */
public final class PlotStyle {
    static {
        // Charts need no display; set before AWT loads unless the caller already chose.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Okabe & Ito (2008), without yellow (too faint on white), black last. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xD55E00), // vermillion
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
    };

    private static final Shape[] SHAPES = DefaultDrawingSupplier.createStandardSeriesShapes();

    /** The colour that marks the reported run and change points. */
    public static final Color HIGHLIGHT = new Color(0xD55E00);

    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color AXIS = new Color(0x555555);
    private static final Color TEXT = new Color(0x222222);

    private PlotStyle() {}

    /** Makes sure AWT runs headless; a no-op after the first call. */
    public static void headless() {
        // the static initialiser does the work
    }

    /** The palette colour for series {@code i}, wrapping around. */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** The marker shape for series {@code i}: square, circle, triangle, diamond, … wrapping around. */
    public static Shape shape(int i) {
        return SHAPES[Math.floorMod(i, SHAPES.length)];
    }

    /** A solid line. */
    public static Stroke line() {
        return new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line, for the second quantity drawn in one colour. */
    public static Stroke dashed() {
        return new BasicStroke(
                2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1.0f, new float[] {6.0f, 4.0f}, 0.0f);
    }

    /** Tick labels such as {@code 12,500} and {@code 0.95}, the same in every locale. */
    static NumberFormat numbers() {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A linear value axis with locale-independent tick labels. */
    public static NumberAxis numberAxis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setNumberFormatOverride(numbers());
        return axis;
    }

    /** An axis of whole numbers such as batch sizes or run numbers. */
    public static NumberAxis integerAxis(String label) {
        NumberAxis axis = numberAxis(label, false);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return axis;
    }

    /** A base-10 log axis with a labelled tick at every power of ten. */
    public static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new NumberTickUnit(1.0), false, false);
        axis.setNumberFormatOverride(numbers());
        axis.setMinorTickMarksVisible(true);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        return axis;
    }

    /** Applies the style to a finished chart and drops its legend when it shows one series or none. */
    public static JFreeChart finish(JFreeChart chart, int seriesCount) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(TEXT);
            title.setPadding(new RectangleInsets(2, 8, 8, 8));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            if (seriesCount <= 1) {
                chart.removeLegend();
            } else {
                legend.setItemFont(LEGEND_FONT);
                legend.setItemPaint(TEXT);
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setPosition(RectangleEdge.BOTTOM);
            }
        }
        plot(chart.getPlot());
        return chart;
    }

    private static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(AXIS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1.0f));
            xy.setRangeGridlineStroke(new BasicStroke(1.0f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(1.0f));
            cat.setDomainGridlinesVisible(false);
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            axis(cat.getDomainAxis());
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                axis(cat.getRangeAxis(i));
            }
        }
    }

    private static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        if (axis instanceof ValueAxis value) {
            value.setMinorTickMarkOutsideLength(2.0f);
        }
    }
}
