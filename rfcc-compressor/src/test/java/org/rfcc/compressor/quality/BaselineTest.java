package org.rfcc.compressor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.KeptSentence;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;
import org.rfcc.compressor.text.GptTokenizer;

final class BaselineTest {
    private static final EvalDocument DOC = new CorpusGenerator().generate(3_000, 6);
    private static final GptTokenizer GPT = GptTokenizer.CL100K_BASE;

    @Test
    void lead_keepsTheFirstSentences_withinTheBudget() {
        CompressionResult r = Baseline.LEAD.compressor(GPT, 0).compress(new CompressionRequest(DOC.text(), 4));
        assertThat(r.kept().get(0).index()).isZero();
        assertThat(r.kept().get(1).index()).isEqualTo(1);
        assertThat(r.outputTokens())
                .isLessThanOrEqualTo(DOC.tokens() / 4 + r.kept().size());
        assertThat(r.achievedRatio()).isBetween(3.6, 4.4);
    }

    @Test
    void random_isSeeded_andKeepsDocumentOrder() {
        CompressionRequest request = new CompressionRequest(DOC.text(), 4);
        CompressionResult a = Baseline.RANDOM.compressor(GPT, 3).compress(request);
        assertThat(Baseline.RANDOM.compressor(GPT, 3).compress(request).text()).isEqualTo(a.text());
        assertThat(Baseline.RANDOM.compressor(GPT, 4).compress(request).text()).isNotEqualTo(a.text());
        assertThat(a.kept()).extracting(KeptSentence::index).isSorted();
    }
}
