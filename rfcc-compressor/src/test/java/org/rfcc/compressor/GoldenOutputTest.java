package org.rfcc.compressor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;

/**
 * Seals determinism: the same seed gives the same document and the same compressed output as
 * when the golden file was written. A change to the corpus, the tokenizer or the selection
 * shows up here; update {@code golden/seed-2026.properties} only for an intended change.
 */
final class GoldenOutputTest {
    @Test
    void seed2026_givesTheGoldenDocumentAndCompression() throws IOException {
        Properties golden = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/golden/seed-2026.properties")) {
            golden.load(in);
        }
        EvalDocument doc = new CorpusGenerator().generate(5_000, 2026);
        assertThat(doc.tokens()).isEqualTo(Integer.parseInt(golden.getProperty("document.tokens")));
        assertThat(sha256(doc.text())).isEqualTo(golden.getProperty("document.sha256"));

        CompressionResult r =
                Models.load("rfcc-base-4x").compressor().compress(new CompressionRequest(doc.text(), 4, doc.query()));
        assertThat(r.outputTokens()).isEqualTo(Integer.parseInt(golden.getProperty("compressed.tokens")));
        assertThat(sha256(r.keptSpans().toString())).isEqualTo(golden.getProperty("compressed.spans.sha256"));
        assertThat(sha256(r.text())).isEqualTo(golden.getProperty("compressed.sha256"));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
