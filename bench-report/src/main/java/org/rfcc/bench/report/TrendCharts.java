package org.rfcc.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rfcc.bench.model.Direction;

/** The trend plots: a key series over the stored runs, its change points and this run. */
final class TrendCharts {
    /** The series key of the stored values. */
    static final String STORED = "stored runs";
    /** The series key of the reported run's point. */
    static final String THIS_RUN = "this run";
    /** The label of every change point marker. */
    static final String CHANGE = "change";

    private static final Font SERIES_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private TrendCharts() {}

    /** {@code trend_<i>} for the i-th trend (from 0) that has points. */
    static List<Plot> of(List<Trend> trends) {
        List<Plot> plots = new ArrayList<>();
        for (int i = 0; i < trends.size(); i++) {
            Trend t = trends.get(i);
            if (!t.points().isEmpty()) {
                plots.add(plot("trend_" + i, t));
            }
        }
        return plots;
    }

    private static Plot plot(String name, Trend t) {
        XYSeries stored = new XYSeries(STORED, false, true);
        for (int i = 0; i < t.points().size(); i++) {
            stored.add(i + 1, t.points().get(i).value());
        }
        XYSeriesCollection data = new XYSeriesCollection(stored);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PlotStyle.color(0));
        renderer.setSeriesStroke(0, PlotStyle.line());
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        if (t.current() >= 0) {
            XYSeries current = new XYSeries(THIS_RUN, false, true);
            current.add(t.current() + 1, t.points().get(t.current()).value());
            data.addSeries(current);
            renderer.setSeriesPaint(1, PlotStyle.HIGHLIGHT);
            renderer.setSeriesLinesVisible(1, false);
            renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        }
        NumberAxis y = PlotStyle.numberAxis(metric(t.series()) + " (" + t.unit() + ")", false);
        double min = stored.getMinY();
        double max = stored.getMaxY();
        if (max - min <= 1e-9 * Math.max(1, Math.abs(max))) {
            // a flat series: auto range would zoom into rounding noise and label every tick alike
            double pad = Math.max(Math.abs(max) * 0.05, 0.05);
            y.setRange(max - pad, max + pad);
        }
        XYPlot plot = new XYPlot(data, PlotStyle.integerAxis("stored run (oldest first)"), y, renderer);
        // this run's point on top of the line
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        List<Integer> changes = t.changePoints().stream()
                .filter(c -> c >= 0 && c < t.points().size())
                .toList();
        for (int c : changes) {
            plot.addDomainMarker(marker(c + 1));
        }
        JFreeChart chart = new JFreeChart(wrapped(t.series()), SERIES_TITLE_FONT, plot, true);
        PlotStyle.finish(chart, data.getSeriesCount());
        chart.getTitle().setFont(SERIES_TITLE_FONT);
        return new Plot(name, t.series(), caption(t, changes.size()), chart, true);
    }

    private static ValueMarker marker(double x) {
        ValueMarker m = new ValueMarker(x);
        m.setPaint(PlotStyle.color(6));
        m.setStroke(new BasicStroke(
                1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1.0f, new float[] {4.0f, 3.0f}, 0.0f));
        m.setLabel(CHANGE);
        m.setLabelFont(PlotStyle.TICK_FONT);
        m.setLabelPaint(PlotStyle.color(6));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    private static String caption(Trend t, int changes) {
        String direction = t.direction() == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
        StringBuilder b = new StringBuilder("The value in ")
                .append(t.unit())
                .append(" in each of the last ")
                .append(t.points().size())
                .append(t.points().size() == 1 ? " stored run" : " stored runs")
                .append(", oldest first (")
                .append(direction)
                .append(')');
        if (changes > 0) {
            b.append("; dashed vertical lines mark where a new level begins (change points)");
        }
        if (t.current() >= 0) {
            b.append("; the large highlighted point is this run");
        }
        return b.append('.').toString();
    }

    /** The metric of {@code suite/benchmark/metric[params]}; the whole name when it is not of that form. */
    static String metric(String series) {
        int bracket = series.indexOf('[');
        String head = bracket < 0 ? series : series.substring(0, bracket);
        int slash = head.lastIndexOf('/');
        String metric = head.substring(slash + 1);
        return metric.isBlank() ? "value" : metric;
    }

    /** The series name with its params on a second line, so long names fit the chart's width. */
    private static String wrapped(String series) {
        int bracket = series.indexOf('[');
        return bracket <= 0 ? series : series.substring(0, bracket) + "\n" + series.substring(bracket);
    }
}
