package org.rfcc.compressor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rfcc.compressor.text.GptTokenizer;

final class CorpusGeneratorTest {
    private final CorpusGenerator generator = new CorpusGenerator();

    @Test
    void europarl_keepsOnlyTheEnglishBodies() {
        assertThat(Europarl.englishBodies()).hasSizeBetween(1_200, 1_300);
        assertThat(Europarl.isEnglish("Detta är, givetvis, en komplicerad fråga om kommissionen."))
                .isFalse();
        assertThat(Europarl.isEnglish("We should remember that education is the key to the future of Europe."))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000, 100_000})
    void generate_hitsTheSizeWithinTwoPercent(int tokens) {
        EvalDocument doc = generator.generate(tokens, 3);
        assertThat(doc.tokens()).isEqualTo(GptTokenizer.CL100K_BASE.count(doc.text()));
        assertThat((double) doc.tokens()).isBetween(tokens * 0.98, tokens * 1.02);
    }

    @Test
    void generate_plantsEveryNeedleOnce_andQueriesHalf() {
        EvalDocument doc = generator.generate(10_000, 11);
        assertThat(doc.needles()).hasSize(10);
        assertThat(doc.queried()).hasSize(5);
        for (Needle n : doc.needles()) {
            assertThat(doc.text().indexOf(n.sentence())).isNotNegative();
            assertThat(doc.text().indexOf(n.sentence())).isEqualTo(doc.text().lastIndexOf(n.sentence()));
        }
        assertThat(doc.query()).contains(doc.queried().get(0).question());
    }

    @Test
    void generate_needlesAreSpreadOverTheDepth() {
        EvalDocument doc = generator.generate(20_000, 5);
        double first = (double) doc.text().indexOf(doc.needles().get(0).sentence())
                / doc.text().length();
        double last = (double) doc.text()
                        .indexOf(doc.needles().get(doc.needles().size() - 1).sentence())
                / doc.text().length();
        assertThat(first).isLessThan(0.1);
        assertThat(last).isGreaterThan(0.9);
    }

    @Test
    void generate_sameSeed_sameDocument_otherSeed_otherDocument() {
        assertThat(generator.generate(2_000, 9)).isEqualTo(generator.generate(2_000, 9));
        assertThat(generator.generate(2_000, 10).text())
                .isNotEqualTo(generator.generate(2_000, 9).text());
    }

    @Test
    void generate_sizeOutOfRange_isRejected() {
        assertThatThrownBy(() -> generator.generate(999, 1)).hasMessageContaining("1000-100000");
        assertThatThrownBy(() -> generator.generate(100_001, 1)).hasMessageContaining("1000-100000");
    }
}
