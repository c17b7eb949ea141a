package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless-Chromium harness checked against pages built to pass and to fail it: a clean
 * self-contained page, one with script errors, one that loads from a loopback server, and
 * reports with a section missing or a plot hidden; and its screenshots, script evaluation and
 * shutdown.
 */
final class ChromiumIT {
    private static final Duration LOAD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void assertReadable_cleanReport_passesAndSavesA1280PxScreenshot() throws Exception {
        Path html = write("clean.html", report(ReportPage.SECTIONS, ""));
        // Under target/, not the temp dir, so that a person can look at it after the build.
        Path shots = Path.of("target", "chromium-it", "clean");

        ReportPage.assertReadable(html, shots);

        BufferedImage png = ImageIO.read(shots.resolve("report.png").toFile());
        assertThat(png).as("report.png decodes").isNotNull();
        assertThat(png.getWidth()).isEqualTo(Chromium.VIEWPORT_WIDTH);
        assertThat(png.getHeight()).isPositive();
    }

    @Test
    void open_consoleErrorAndUncaughtError_reportsBoth() throws Exception {
        Path html = write(
                "errors.html",
                "<!doctype html><title>errors</title><script>console.error('x'); throw new Error('boom');</script>");

        try (Chromium chromium = start()) {
            Chromium.Page page = chromium.open(html, LOAD);

            assertThat(page.consoleErrors()).hasSize(2);
            assertThat(page.consoleErrors()).anySatisfy(e -> assertThat(e).contains("console.error: x"));
            assertThat(page.consoleErrors()).anySatisfy(e -> assertThat(e).contains("Error: boom"));
            assertThat(page.networkRequests()).isEmpty();
        }
    }

    @Test
    void open_imageFromLoopbackServer_reportsTheRequest() throws Exception {
        List<String> served = new CopyOnWriteArrayList<>();
        byte[] pixel = onePixelPng();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            served.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, pixel.length);
            exchange.getResponseBody().write(pixel);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.png";
        Path html = write("fetches.html", "<!doctype html><title>fetches</title><img src=\"" + url + "\" alt=\"x\">");

        try (Chromium chromium = start()) {
            Chromium.Page page = chromium.open(html, LOAD);

            assertThat(page.networkRequests()).containsExactly(url);
            assertThat(served).containsExactly("/x.png");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void assertReadable_missingSection_fails() throws Exception {
        List<String> sections = ReportPage.SECTIONS.stream()
                .filter(s -> !s.equals("regression-analysis"))
                .toList();
        Path html = write("missing.html", report(sections, ""));

        assertThatThrownBy(() -> ReportPage.assertReadable(html, dir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("section#regression-analysis is missing");
    }

    @Test
    void assertReadable_hiddenPlot_fails() throws Exception {
        Path html = write("hidden.html", report(ReportPage.SECTIONS, "figure.plot svg { display: none; }"));

        assertThatThrownBy(() -> ReportPage.assertReadable(html, dir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not visible")
                .hasMessageContaining("\"display\":\"none\"");
    }

    @Test
    void evaluate_throwingScript_throwsWithTheScriptsError() throws Exception {
        Path html = write("blank.html", "<!doctype html><title>blank</title><p>blank</p>");

        try (Chromium chromium = start()) {
            chromium.open(html, LOAD);

            assertThat(chromium.evaluate("document.title + 1").asText()).isEqualTo("blank1");
            assertThatThrownBy(() -> chromium.evaluate("undefinedFunction()"))
                    .hasMessageContaining("undefinedFunction is not defined");
        }
    }

    @Test
    void screenshot_tallPage_capturesAllOfItUpToTheCap() throws Exception {
        Path tall =
                write("tall.html", "<!doctype html><body style=\"margin:0\"><div style=\"height:3000px\">tall</div>");
        Path huge =
                write("huge.html", "<!doctype html><body style=\"margin:0\"><div style=\"height:16500px\">huge</div>");

        try (Chromium chromium = start()) {
            chromium.open(tall, LOAD);
            chromium.screenshot(dir.resolve("tall.png"));
            chromium.open(huge, LOAD);
            chromium.screenshot(dir.resolve("huge.png"));
        }

        BufferedImage tallPng = ImageIO.read(dir.resolve("tall.png").toFile());
        assertThat(tallPng.getWidth()).isEqualTo(Chromium.VIEWPORT_WIDTH);
        assertThat(tallPng.getHeight()).isEqualTo(3000);
        assertThat(ImageIO.read(dir.resolve("huge.png").toFile()).getHeight()).isEqualTo(16_000);
    }

    @Test
    void close_leavesNoChromiumProcessBehind() throws Exception {
        Chromium chromium = start();
        chromium.open(write("blank.html", "<!doctype html><title>blank</title>"), LOAD);
        List<ProcessHandle> tree = chromium.processes();
        assertThat(tree).hasSizeGreaterThan(1); // the browser and at least its renderer

        chromium.close();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    private Chromium start() throws Exception {
        Path executable = ReportPage.chromiumOrSkip(Chromium.find(), System.getenv("CI") != null);
        return Chromium.start(executable, Files.createTempDirectory(dir, "profile"));
    }

    private Path write(String name, String html) throws Exception {
        return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }

    /** A report as the tool writes it: inline style, one inline-SVG plot, a line of inline script. */
    private static String report(List<String> sections, String extraStyle) {
        String body = sections.stream()
                .map(id -> "<section id=\"" + id + "\"><h2>" + id.replace('-', ' ') + "</h2>"
                        + (id.equals("detailed-results") ? PLOT : "<p>Text of " + id + ".</p>") + "</section>")
                .collect(Collectors.joining("\n"));
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>benchmark report</title>
                <style>body { font: 16px sans-serif; margin: 2em; } %s</style></head>
                <body><h1>benchmark report</h1>
                %s
                <script>document.body.dataset.ready = 'yes';</script>
                </body></html>
                """
                .formatted(extraStyle, body);
    }

    private static final String PLOT =
            """
            <figure class="plot"><svg xmlns="http://www.w3.org/2000/svg" width="640" height="240"
              viewBox="0 0 640 240" role="img"><rect width="640" height="240" fill="#f4f4f4"/>
              <polyline fill="none" stroke="#1f77b4" stroke-width="3"
                points="20,200 120,150 220,170 320,90 420,110 520,60 620,40"/></svg>
            <figcaption>Score over the last runs</figcaption></figure>""";

    private static byte[] onePixelPng() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }
}
