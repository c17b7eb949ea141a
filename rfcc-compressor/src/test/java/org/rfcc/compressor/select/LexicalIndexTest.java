package org.rfcc.compressor.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.text.SentenceSplitter;

final class LexicalIndexTest {
    private final LexicalIndex index =
            LexicalIndex.of(SentenceSplitter.split("The budget of the Union grows. The Union budget pays for farms. "
                    + "Farms receive most of the budget. A walrus sang loudly."));

    @Test
    void bm25_ranksTheSentenceWithTheRareQueryTermFirst() {
        double[] scores = index.bm25(List.of("walrus"));
        assertThat(scores[3]).isPositive();
        assertThat(scores[0]).isZero();
        assertThat(scores[1]).isZero();
    }

    @Test
    void salience_centralSentencesOutscoreTheOutlier() {
        double[] salience = index.salience();
        assertThat(salience[1]).isGreaterThan(salience[3]);
        assertThat(salience[0]).isGreaterThan(salience[3]);
    }

    @Test
    void idf_rareTermsWeighMore_unknownTermsMost() {
        assertThat(index.documentFrequency("budget")).isEqualTo(3);
        assertThat(index.documentFrequency("walrus")).isEqualTo(1);
        assertThat(index.idf("walrus")).isGreaterThan(index.idf("budget"));
        assertThat(index.idf("zebra")).isGreaterThan(index.idf("walrus"));
    }
}
