package org.rfcc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine-readable files sealed by golden files (src/test/resources/golden), written under
 * several default locales: a number format that follows the locale would break them. On a
 * mismatch the actual file lands in target/ for a diff.
 */
final class GoldenFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR"})
    void csv_matchesTheGoldenFile(String locale) throws IOException {
        assertGolden(inLocale(locale, () -> CsvWriter.render(ReportFixtures.sample(12345))), "benchmark_results.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR"})
    void markdownSummary_matchesTheGoldenFile(String locale) throws IOException {
        assertGolden(
                inLocale(locale, () -> MarkdownSummaryWriter.render(MarkdownSummaryWriterTest.run(true, true))),
                "benchmark_summary.md");
    }

    private static String inLocale(String tag, Supplier<String> render) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(tag));
        try {
            return render.get();
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static void assertGolden(String actual, String name) throws IOException {
        String expected;
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", name + ".actual"), actual);
        }
        assertThat(actual)
                .as("golden/" + name + " (actual in target/" + name + ".actual)")
                .isEqualTo(expected);
    }
}
