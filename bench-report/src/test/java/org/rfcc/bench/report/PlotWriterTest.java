package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rfcc.bench.report.PlotFixtures.params;
import static org.rfcc.bench.report.PlotFixtures.result;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

final class PlotWriterTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    @TempDir
    Path tmp;

    private final PlotFixtures fixtures = new PlotFixtures();

    private List<Plot> somePlots() {
        List<BenchmarkResult> results = fixtures.fullResults(List.of("rfcc-base-4x"));
        return Plots.of(
                new ReportData(PlotFixtures.run(PlotFixtures.fullConfig(), results), fixtures.trends(1, 12), false));
    }

    private static Document xml(String markup) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }

    /** A plot whose chart throws when drawn. */
    private static Plot broken() {
        XYPlot plot = new XYPlot() {
            @Override
            public void draw(
                    Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
                throw new IllegalStateException("broken chart");
            }
        };
        return new Plot("broken", "Broken", "A chart that cannot be drawn.", new JFreeChart(plot));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void png_decodesAtTwiceTheLayoutSize() throws IOException {
        Plot p = somePlots().get(0);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PlotWriter.png(p)));

        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
    }

    @Test
    void png_matchesTheDrawnPixels() throws IOException {
        Plot p = somePlots().get(0);
        BufferedImage drawn = new BufferedImage(1440, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = drawn.createGraphics();
        g2.scale(2, 2);
        p.chart().draw(g2, new Rectangle2D.Double(0, 0, 720, 400));
        g2.dispose();

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(drawn)));

        for (int y = 0; y < 800; y += 37) {
            for (int x = 0; x < 1440; x += 41) {
                assertThat(decoded.getRGB(x, y)).isEqualTo(drawn.getRGB(x, y));
            }
        }
    }

    @Test
    void svg_isWellFormed_scalable_titled_withEveryIdPrefixed() throws Exception {
        Plot p = somePlots().get(0);

        String svg = PlotWriter.svg(p, "plot-3");

        assertThat(svg).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
        Element root = xml(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 400");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("style")).contains("width:100%");
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getTextContent()).isEqualTo(p.title());
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\bid='([^']*)'").matcher(svg);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).isNotEmpty().allMatch(i -> i.startsWith("plot-3-"));
        Matcher ref = Pattern.compile("url\\(#([^)]*)\\)").matcher(svg);
        while (ref.find()) {
            assertThat(ids).contains(ref.group(1));
        }
    }

    @Test
    void svg_twoPlotsOnOnePage_shareNoId() {
        List<Plot> plots = somePlots();

        String a = PlotWriter.svg(plots.get(0), "plot-a");
        String b = PlotWriter.svg(plots.get(1), "plot-b");

        assertThat(a).contains("id='plot-a-").doesNotContain("id='plot-b-");
        assertThat(b).contains("id='plot-b-").doesNotContain("id='plot-a-");
    }

    @Test
    void svg_rejectsAnIdPrefixThatIsNotAnHtmlId() {
        Plot p = somePlots().get(0);

        assertThatThrownBy(() -> PlotWriter.svg(p, "1'><script>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idPrefix");
    }

    @Test
    void svg_hostileTextFromData_isEscaped() throws Exception {
        Metric spread = fixtures.measured("ms", Direction.LOWER_IS_BETTER, 10);
        List<BenchmarkResult> results = List.of(
                result(
                        "compression",
                        "compression_speed",
                        params("model", SCRIPT, "document_size", 1000, "compression_ratio", 4),
                        "tokens_per_second",
                        PlotFixtures.exact("tokens/s", 5000),
                        "end_to_end_ms",
                        spread),
                result(
                        "inference",
                        "inference_latency",
                        params("model", SCRIPT, "batch_size", 1, "note", IMG),
                        "latency_p50_ms",
                        spread,
                        "latency_p99_ms",
                        spread));
        Trend trend = new Trend(
                "inference/inference_latency/latency_p50_ms[model=" + SCRIPT + ",note=" + IMG + "]",
                IMG,
                Direction.LOWER_IS_BETTER,
                List.of(new Trend.Point("a", Instant.EPOCH, null, 1), new Trend.Point("b", Instant.EPOCH, null, 2)),
                List.of(1),
                1);
        List<Plot> plots = Plots.of(new ReportData(PlotFixtures.run(results), List.of(trend), true));
        assertThat(plots).extracting(Plot::name).contains("compression_speed_script_alert_1_script", "latency");

        for (Plot p : plots) {
            String svg = PlotWriter.svg(p, "p");
            assertThat(svg.toLowerCase(Locale.ROOT))
                    .as(p.name())
                    .doesNotContain("<script")
                    .doesNotContain("<img");
            Document doc = xml(svg);
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
        }
        Document latency = xml(PlotWriter.svg(
                plots.stream()
                        .filter(p -> p.name().equals("latency"))
                        .findFirst()
                        .orElseThrow(),
                "p"));
        assertThat(texts(latency)).anyMatch(t -> t.contains(SCRIPT));
        Document distribution = xml(PlotWriter.svg(
                plots.stream()
                        .filter(p -> p.name().equals("distribution_latency_p50_ms"))
                        .findFirst()
                        .orElseThrow(),
                "p"));
        assertThat(texts(distribution)).anyMatch(t -> t.contains("\"><img"));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void writeAll_aPngAndAStandaloneSvgPerPlot() throws Exception {
        List<Plot> plots = somePlots();
        Path dir = tmp.resolve("benchmark_plots");

        PlotWriter.writeAll(plots, dir);

        List<String> expected = plots.stream()
                .flatMap(p -> Stream.of(p.name() + ".png", p.name() + ".svg"))
                .sorted()
                .toList();
        assertThat(listing(dir)).isEqualTo(expected);
        String svg = Files.readString(dir.resolve(plots.get(0).name() + ".svg"), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml");
        assertThat(xml(svg).getDocumentElement().getAttribute("width")).isEqualTo("720");
        assertThat(ImageIO.read(dir.resolve(plots.get(0).name() + ".png").toFile())
                        .getWidth())
                .isEqualTo(1440);
        assertThat(listing(tmp)).containsExactly("benchmark_plots");
    }

    @Test
    void writeAll_replacesAnExistingDirectoryWhole() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("benchmark_plots"));
        Files.writeString(dir.resolve("stale.png"), "from the last run");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/old.svg"), "old");
        List<Plot> plots = somePlots().subList(0, 2);

        PlotWriter.writeAll(plots, dir);

        assertThat(listing(dir)).hasSize(4).doesNotContain("stale.png", "sub");
        assertThat(listing(tmp)).containsExactly("benchmark_plots");
    }

    @Test
    void writeAll_whenRenderingFails_keepsTheOldDirectoryAndLeavesNothingBehind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("benchmark_plots"));
        Files.writeString(dir.resolve("kept.png"), "from the last run");
        List<Plot> plots = new ArrayList<>(somePlots().subList(0, 3));
        plots.add(1, broken());

        assertThatThrownBy(() -> PlotWriter.writeAll(plots, dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken chart");

        assertThat(listing(dir)).containsExactly("kept.png");
        assertThat(Files.readString(dir.resolve("kept.png"))).isEqualTo("from the last run");
        assertThat(listing(tmp)).containsExactly("benchmark_plots");
    }

    @Test
    void writeAll_whenRenderingFails_createsNoDirectory() {
        Path dir = tmp.resolve("benchmark_plots");

        assertThatThrownBy(() -> PlotWriter.writeAll(List.of(broken()), dir)).isInstanceOf(IllegalStateException.class);

        assertThat(dir).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void writeAll_aFileInTheWay_failsAndKeepsIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("benchmark_plots"), "not a directory");

        assertThatThrownBy(() -> PlotWriter.writeAll(somePlots().subList(0, 1), file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a directory");

        assertThat(Files.readString(file)).isEqualTo("not a directory");
        assertThat(listing(tmp)).containsExactly("benchmark_plots");
    }

    @Test
    void writeAll_duplicateNames_areRejected() {
        Plot p = somePlots().get(0);

        assertThatThrownBy(() -> PlotWriter.writeAll(List.of(p, p), tmp.resolve("d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(p.name());
    }

    @Test
    void writeAll_modelNamedToEscapeTheDirectory_staysInside() throws IOException {
        List<BenchmarkResult> results = List.of(result(
                "compression",
                "compression_speed",
                params("model", "../../escaped", "document_size", 1000, "compression_ratio", 4),
                "tokens_per_second",
                PlotFixtures.exact("tokens/s", 1)));
        RunRecord run = PlotFixtures.run(results);
        Path dir = tmp.resolve("out/benchmark_plots");

        PlotWriter.writeAll(Plots.of(new ReportData(run, List.of(), false)), dir);

        assertThat(listing(dir)).containsExactly("compression_speed_escaped.png", "compression_speed_escaped.svg");
        assertThat(listing(tmp)).containsExactly("out");
        assertThat(listing(tmp.resolve("out"))).containsExactly("benchmark_plots");
    }

    @Test
    void writeAll_directory_hasThePermissionsOfAnyNewDirectory_notTemporaryOnes() throws IOException {
        Path dir = tmp.resolve("benchmark_plots");
        Path plain = Files.createDirectory(tmp.resolve("plain"));

        PlotWriter.writeAll(List.of(), dir);

        assertThat(Files.getPosixFilePermissions(dir))
                .as("as the umask gives, not createTempDirectory's 0700")
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void writeAll_noPlots_leavesAnEmptyDirectory() throws IOException {
        Path dir = tmp.resolve("benchmark_plots");

        PlotWriter.writeAll(List.of(), dir);

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void coordinate_twoDecimals_noExponent_noLocale() {
        assertThat(PlotWriter.coordinate(12.345)).isEqualTo("12.35");
        assertThat(PlotWriter.coordinate(-0.004)).isEqualTo("0");
        assertThat(PlotWriter.coordinate(-3.1)).isEqualTo("-3.1");
        assertThat(PlotWriter.coordinate(7.05)).isEqualTo("7.05");
        assertThat(PlotWriter.coordinate(400)).isEqualTo("400");
        assertThat(PlotWriter.coordinate(1e20)).doesNotContain("E");
        assertThat(PlotWriter.coordinate(Double.NaN)).isEqualTo("0");
    }
}
