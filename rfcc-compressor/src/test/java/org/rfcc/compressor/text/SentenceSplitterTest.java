package org.rfcc.compressor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SentenceSplitterTest {
    @Test
    void split_proseWithGaps_returnsTrimmedSentencesWithExactOffsets() {
        String text = "  The Council met today.   It agreed on the budget!\n\nWhat happens next? ";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("The Council met today.", "It agreed on the budget!", "What happens next?");
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void split_blankText_returnsNothing() {
        assertThat(SentenceSplitter.split(" \n\t ")).isEmpty();
    }

    @Test
    void split_withFirstIndex_numbersFromIt() {
        assertThat(SentenceSplitter.split("One. Two.", 5))
                .extracting(Sentence::index)
                .containsExactly(5, 6);
    }
}
