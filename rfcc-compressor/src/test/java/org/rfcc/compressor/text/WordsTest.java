package org.rfcc.compressor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WordsTest {
    @Test
    void terms_dropStopwordsAndPunctuation_keepNumbersAndHyphenParts() {
        assertThat(Words.terms("The magic number for amber-otter is 4821937."))
                .containsExactly("magic", "number", "amber", "otter", "4821937");
    }

    @Test
    void isStopword_functionWordsOnly() {
        assertThat(Words.isStopword("the")).isTrue();
        assertThat(Words.isStopword("parliament")).isFalse();
    }
}
