package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The check that {@code benchmark_report.html} reads as it should in a real browser: it loads
 * without console errors or network requests, has its five sections, and every plot is drawn.
 */
final class ReportPage {
    static final List<String> SECTIONS = List.of(
            "executive-summary", "detailed-results", "regression-analysis", "system-information", "recommendations");

    /** For each section: is it there, has it an h2, and anything below the h2; for each plot: its box and style. */
    private static final String LAYOUT =
            """
            (() => {
              const sections = %s.map(id => {
                const s = document.querySelector('section#' + id);
                const h2 = s && s.querySelector('h2');
                const body = s ? s.innerText.replace(h2 ? h2.innerText : '', '').trim() : '';
                return {id, present: !!s, heading: !!h2, filled: body.length > 0 || !!(s && s.querySelector('svg, table'))};
              });
              const plots = [...document.querySelectorAll('figure.plot svg')].map(svg => {
                const box = svg.getBoundingClientRect(), style = getComputedStyle(svg);
                return {width: box.width, height: box.height, display: style.display, visibility: style.visibility};
              });
              return {sections, plots};
            })()""";

    private ReportPage() {}

    /**
     * Opens {@code html} in headless Chromium, saves {@code report.png} of the whole page into
     * {@code screenshotDir} and asserts that it loaded cleanly with all sections and visible plots.
     * Skips without Chromium, except on CI (env {@code CI} set), where it fails.
     */
    static void assertReadable(Path html, Path screenshotDir) throws IOException, InterruptedException {
        Path executable = chromiumOrSkip(Chromium.find(), System.getenv("CI") != null);
        Path profile = Files.createTempDirectory("rfcc-chromium");
        Chromium.Page page;
        JsonNode layout;
        Path png = screenshotDir.resolve("report.png");
        try (Chromium chromium = Chromium.start(executable, profile)) {
            page = chromium.open(html, Duration.ofSeconds(30));
            layout = chromium.evaluate(LAYOUT.formatted("['" + String.join("', '", SECTIONS) + "']"));
            // Taken before the assertions, so that a failing report can be looked at.
            chromium.screenshot(png);
        } finally {
            deleteQuietly(profile);
        }
        System.out.println("screenshot of " + html + ": " + png.toAbsolutePath());

        assertThat(page.consoleErrors()).as("console errors of %s", html).isEmpty();
        assertThat(page.networkRequests())
                .as("network requests of %s, which must be self-contained", html)
                .isEmpty();
        List<String> badSections = new ArrayList<>();
        for (JsonNode s : layout.get("sections")) {
            String id = "section#" + s.get("id").asText();
            if (!s.get("present").asBoolean()) {
                badSections.add(id + " is missing");
            } else if (!s.get("heading").asBoolean()) {
                badSections.add(id + " has no h2");
            } else if (!s.get("filled").asBoolean()) {
                badSections.add(id + " is empty");
            }
        }
        assertThat(badSections).as("sections of %s", html).isEmpty();
        JsonNode plots = layout.get("plots");
        assertThat(plots.size()).as("figure.plot svg elements in %s", html).isPositive();
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < plots.size(); i++) {
            JsonNode p = plots.get(i);
            if (p.get("width").asDouble() <= 200
                    || p.get("height").asDouble() <= 100
                    || p.get("display").asText().equals("none")
                    || p.get("visibility").asText().equals("hidden")) {
                hidden.add("figure.plot svg #" + (i + 1) + " of " + plots.size() + ": " + p);
            }
        }
        assertThat(hidden)
                .as("plots of %s that are not visible (need more than 200x100 px, displayed, not hidden)", html)
                .isEmpty();
    }

    /** The Chromium found; without one a skipped test, or on CI a failed one. */
    static Path chromiumOrSkip(Optional<Path> found, boolean onCi) {
        if (found.isEmpty() && onCi) {
            fail("no Chromium at $RFCC_BENCH_CHROMIUM, /usr/bin/chromium or /usr/bin/chromium-browser;"
                    + " install Debian's chromium: apt-get install -y chromium");
        }
        assumeTrue(found.isPresent(), "no Chromium found (set RFCC_BENCH_CHROMIUM or apt-get install -y chromium)");
        return found.get();
    }

    /** Best effort: a profile left in the temp directory must not fail a report that passed. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete the Chromium profile " + dir + ": " + e);
        }
    }
}
