package org.rfcc.compressor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;

final class StreamingCompressorTest {
    private static final EvalDocument DOC = new CorpusGenerator().generate(12_000, 8);
    private final RfccCompressor rfcc = Models.load("rfcc-base-4x").compressor();

    @Test
    void compress_longDocument_emitsWindowsWithOffsetsIntoTheWholeStream() throws IOException {
        List<CompressionResult> windows = new ArrayList<>();
        int count = new StreamingCompressor(rfcc, 2_000).compress(new StringReader(DOC.text()), 4, null, windows::add);
        assertThat(count).isEqualTo(windows.size()).isGreaterThanOrEqualTo(5);
        int previousIndex = -1;
        for (CompressionResult w : windows) {
            assertThat(w.achievedRatio()).isBetween(3.0, 5.0);
            for (KeptSentence k : w.kept()) {
                Span s = k.spans().get(0);
                assertThat(DOC.text().substring(s.start(), s.end())).isEqualTo(k.text());
                assertThat(k.index()).isGreaterThan(previousIndex);
                previousIndex = k.index();
            }
        }
    }

    @Test
    void compress_emitsTheFirstWindowBeforeTheInputIsRead() throws IOException {
        CountingReader in = new CountingReader(new StringReader(DOC.text()));
        List<Integer> readAtEmit = new ArrayList<>();
        new StreamingCompressor(rfcc, 1_000).compress(in, 4, null, w -> readAtEmit.add(in.read));
        assertThat(readAtEmit.get(0)).isLessThan(DOC.text().length() / 2);
    }

    @Test
    void first_readsOnlyAsFarAsTheFirstWindow() throws IOException {
        CountingReader in = new CountingReader(new StringReader(DOC.text()));
        CompressionResult first = new StreamingCompressor(rfcc, 1_000).first(in, 4, null);
        assertThat(first.kept()).isNotEmpty();
        assertThat(first.kept().get(0).index()).isLessThan(20);
        assertThat(in.read).isLessThan(DOC.text().length() / 2);
    }

    @Test
    void compress_emptyStream_isRejected() {
        assertThatThrownBy(() -> new StreamingCompressor(rfcc).compress(new StringReader("  "), 4, null, w -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void compress_tooShortStream_isRejected() {
        assertThatThrownBy(
                        () -> new StreamingCompressor(rfcc).compress(new StringReader("Tiny. Text."), 4, null, w -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too short");
    }

    private static final class CountingReader extends Reader {
        private final Reader in;
        int read;

        CountingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, Math.min(length, 4_096));
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
