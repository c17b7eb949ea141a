package org.rfcc.bench.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Draws plots as SVG (to inline in the HTML report, or as files) and as PNG at twice the size for
 * sharp screens, and writes a whole plot directory at once. Runs AWT headless.
 */
public final class PlotWriter {
    /** The size a chart is laid out at, in CSS pixels. */
    static final int WIDTH = 720;

    static final int HEIGHT = 400;

    /** PNGs are drawn at this multiple of {@link #WIDTH}×{@link #HEIGHT}. */
    static final int PNG_SCALE = 2;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,199}");

    private static final int THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    static {
        PlotStyle.headless();
    }

    private PlotWriter() {}

    /**
     * An {@code <svg>} element to inline in an HTML page: no XML prolog, every id inside it starts
     * with {@code idPrefix} (an HTML id such as {@code plot-3}; unique per page), a {@code viewBox}
     * with {@code width:100%} so it scales, {@code role="img"}, the title as {@code <title>} and the
     * caption as {@code <desc>}. Text from data is XML-escaped.
     */
    public static String svg(Plot p, String idPrefix) {
        if (idPrefix == null || !ID.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException(
                    "idPrefix must be a letter then up to 199 of [A-Za-z0-9_-], got '" + idPrefix + "'");
        }
        String element = draw(p, idPrefix + "-");
        int open = element.indexOf('>');
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        return element.substring(0, open)
                + " role='img' aria-labelledby='" + titleId + "' aria-describedby='" + descId + "'"
                + " style='width:100%;height:auto;display:block'>"
                + "<title id='" + titleId + "'>" + SVGUtils.escapeForXML(p.title()) + "</title>"
                + "<desc id='" + descId + "'>" + SVGUtils.escapeForXML(p.caption()) + "</desc>"
                + element.substring(open + 1);
    }

    /** The plot as a PNG of {@link #PNG_SCALE} times 720×400 pixels. */
    public static byte[] png(Plot p) {
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(PNG_SCALE, PNG_SCALE);
            p.chart().draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(image);
    }

    /**
     * Writes {@code <name>.png} and {@code <name>.svg} of every plot into {@code dir}, replacing
     * it whole: all files are drawn into a sibling directory first, which then takes the place of
     * {@code dir}. When anything fails the old {@code dir} stays as it was and nothing is left over.
     *
     * @return each plot's SVG element by plot name, as {@link #svg} draws it with the id prefix
     *     {@code plot-<name>}, to inline in the HTML report without drawing it again
     */
    public static Map<String, String> writeAll(List<Plot> plots, Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        for (Plot p : plots) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("two plots are named '" + p.name() + "'; names must be unique");
            }
        }
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        // not createTempDirectory, which makes it 0700 whatever the umask: the plots are to be shared
        Path fresh = Files.createDirectory(parent.resolve("." + target.getFileName() + ".new-" + UUID.randomUUID()));
        try {
            Map<String, String> svgs = render(plots, fresh);
            Swap.replace(target, fresh);
            return svgs;
        } finally {
            Swap.deleteTree(fresh);
        }
    }

    /** Renders every plot into {@code dir}, on a few threads since charts draw independently. */
    private static Map<String, String> render(List<Plot> plots, Path dir) throws IOException {
        Map<String, String> svgs = new ConcurrentHashMap<>();
        if (plots.isEmpty()) {
            return svgs;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, plots.size()), r -> {
            Thread t = new Thread(r, "plot-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Plot p : plots) {
                jobs.add(pool.submit(() -> {
                    svgs.put(p.name(), write(p, dir));
                    return null;
                }));
            }
            // wait for every job, so none is still writing into dir when the caller removes it
            IOException ioFailure = null;
            RuntimeException failure = null;
            for (Future<?> job : jobs) {
                try {
                    await(job);
                } catch (IOException e) {
                    ioFailure = ioFailure == null ? e : ioFailure;
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            if (ioFailure != null) {
                throw ioFailure;
            }
            return svgs;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the PNG and SVG files of {@code p} and returns its SVG element. */
    private static String write(Plot p, Path dir) throws IOException {
        Files.write(dir.resolve(p.name() + ".png"), png(p));
        String element = svg(p, "plot-" + p.name());
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
        Files.writeString(dir.resolve(p.name() + ".svg"), document, StandardCharsets.UTF_8);
        return element;
    }

    private static void await(Future<?> job) throws IOException {
        try {
            job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing plots", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** The chart as an {@code <svg>} element with a viewBox and ids prefixed by {@code defsPrefix}. */
    private static String draw(Plot p, String defsPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(defsPrefix);
        g2.setGeomDoubleConverter(PlotWriter::coordinate);
        p.chart().draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(
                null, true, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }

    /**
     * A coordinate with at most two decimals, finer than a screen pixel: the markup stays a third
     * smaller than with shortest-exact numbers, and this is much faster than a DecimalFormat.
     */
    static String coordinate(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        if (Math.abs(v) >= 1e13) {
            return Long.toString(Math.round(v));
        }
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(12);
        if (hundredths < 0) {
            b.append('-');
            hundredths = -hundredths;
        }
        b.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            b.append('.');
            if (fraction < 10) {
                b.append('0').append(fraction);
            } else {
                b.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
        return b.toString();
    }
}
