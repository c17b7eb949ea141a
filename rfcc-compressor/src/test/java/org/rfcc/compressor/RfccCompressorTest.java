package org.rfcc.compressor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;
import org.rfcc.compressor.corpus.Needle;
import org.rfcc.compressor.text.GptTokenizer;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;

final class RfccCompressorTest {
    private static final EvalDocument DOC = new CorpusGenerator().generate(6_000, 21);
    private final RfccCompressor rfcc = Models.load("rfcc-base-4x").compressor();

    @Test
    void compress_defaultRatio_landsWithinTenPercentOfFour() {
        CompressionResult r = rfcc.compress(new CompressionRequest(DOC.text(), 4));
        assertThat(r.inputTokens()).isEqualTo(DOC.tokens());
        assertThat(r.achievedRatio()).isBetween(3.6, 4.4);
        assertThat(r.outputTokens()).isEqualTo(GptTokenizer.CL100K_BASE.count(r.text()));
    }

    @Test
    void compress_twice_givesTheSameOutput() {
        CompressionRequest request = new CompressionRequest(DOC.text(), 4);
        assertThat(rfcc.compress(request).text())
                .isEqualTo(rfcc.compress(request).text());
    }

    @Test
    void compress_everyOutputSentenceIsAnInputSentence_inInputOrder() {
        CompressionResult r = rfcc.compress(new CompressionRequest(DOC.text(), 4));
        Set<String> input = new HashSet<>();
        SentenceSplitter.split(DOC.text()).forEach(s -> input.add(s.text()));
        for (Sentence s : SentenceSplitter.split(r.text())) {
            assertThat(input).contains(s.text());
        }
        int previous = -1;
        for (KeptSentence k : r.kept()) {
            assertThat(k.index()).isGreaterThan(previous);
            assertThat(DOC.text()
                            .substring(
                                    k.spans().get(0).start(), k.spans().get(0).end()))
                    .isEqualTo(k.text());
            previous = k.index();
        }
    }

    @Test
    void compress_withQuery_keepsTheQueriedFacts() {
        CompressionResult r = rfcc.compress(new CompressionRequest(DOC.text(), 8, DOC.query()));
        for (Needle n : DOC.queried()) {
            assertThat(r.text()).contains(n.sentence());
        }
    }

    @Test
    void compress_highRatio_prunesWordsToTheBudget_keepingFacts() {
        CompressionResult r = rfcc.compress(new CompressionRequest(DOC.text(), 32, DOC.query()));
        assertThat(r.outputTokens()).isLessThanOrEqualTo((int) (DOC.tokens() / 32.0 * 1.02) + 1);
        assertThat(r.achievedRatio()).isBetween(28.8, 35.2);
        assertThat(r.kept()).anyMatch(k -> k.spans().size() > 1);
        for (KeptSentence k : r.kept()) {
            List<String> parts = k.spans().stream()
                    .map(s -> DOC.text().substring(s.start(), s.end()))
                    .toList();
            assertThat(k.text()).isEqualTo(String.join(" ", parts));
        }
        for (Needle n : DOC.queried()) {
            assertThat(r.kept())
                    .anyMatch(k -> k.text().contains(n.key()) && k.text().contains(n.value()));
        }
    }

    @Test
    void compress_reportsEveryStage() {
        StageTimings t = rfcc.compress(new CompressionRequest(DOC.text(), 4)).stages();
        assertThat(List.of(t.splitMs(), t.tokenizeMs(), t.embedMs(), t.selectMs()))
                .allMatch(ms -> ms > 0);
    }

    @Test
    void compressAll_matchesOneByOne() {
        EvalDocument other = new CorpusGenerator().generate(2_000, 4);
        List<CompressionRequest> requests =
                List.of(new CompressionRequest(DOC.text(), 4), new CompressionRequest(other.text(), 2, other.query()));
        List<CompressionResult> batch = rfcc.compressAll(requests);
        assertThat(batch).hasSize(2);
        assertThat(batch.get(1).achievedRatio()).isBetween(1.8, 2.2);
        assertThat(batch.get(0))
                .usingRecursiveComparison()
                .ignoringFields("stages")
                .isEqualTo(rfcc.compress(requests.get(0)));
    }

    @Test
    void compress_o200kTokenizer_budgetsInItsTokens() {
        RfccCompressor o200k =
                Models.load("rfcc-base-2x").compressor(new CompressionOptions(GptTokenizer.O200K_BASE, 8));
        CompressionResult r = o200k.compress(new CompressionRequest(DOC.text(), 2));
        assertThat(r.inputTokens()).isEqualTo(GptTokenizer.O200K_BASE.count(DOC.text()));
        assertThat(r.achievedRatio()).isBetween(1.8, 2.2);
    }

    @Test
    void compress_budgetSmallerThanAnySentence_stillKeepsAPrunedSentence() {
        String text = "The committee approved the agricultural budget for the coming year after a long debate. "
                + "The vote on the fisheries agreement with Morocco was postponed until the next session "
                + "because several groups asked for more time to study the text.";
        CompressionResult r = rfcc.compress(new CompressionRequest(text, 8));
        assertThat(r.kept()).hasSize(1);
        assertThat(r.outputTokens()).isPositive().isLessThan(r.inputTokens() / 2);
    }

    @Test
    void compress_tooShortDocument_saysHowManyTokens() {
        assertThatThrownBy(() -> rfcc.compress(new CompressionRequest("Too short. Really.", 4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too short")
                .hasMessageContaining("has 5 tokens");
    }

    @Test
    void request_emptyOrBadRatio_isRejected() {
        assertThatThrownBy(() -> new CompressionRequest("   ", 4)).hasMessageContaining("empty");
        assertThatThrownBy(() -> new CompressionRequest("text", 0.5)).hasMessageContaining("outside 1-64");
        assertThatThrownBy(() -> new CompressionRequest("text", 65)).hasMessageContaining("outside 1-64");
        assertThatThrownBy(() -> new CompressionRequest("text", Double.NaN)).hasMessageContaining("outside 1-64");
    }

    @Test
    void models_unknownName_listsTheValidOnes_andLoadingHappensOnce() {
        assertThatThrownBy(() -> Models.load("rfcc-base-16x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rfcc-base-2x, rfcc-base-4x, rfcc-base-8x");
        RfccModel a = Models.load("rfcc-base-2x");
        RfccModel b = Models.load("rfcc-base-8x");
        assertThat(a.embedder()).isSameAs(b.embedder());
        assertThat(a.loadTime()).isEqualTo(b.loadTime()).isPositive();
        assertThat(b.preset().defaultRatio()).isEqualTo(8.0);
    }
}
