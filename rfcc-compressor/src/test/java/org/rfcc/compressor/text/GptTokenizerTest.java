package org.rfcc.compressor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class GptTokenizerTest {
    @Test
    void count_knownText_matchesTheBpeTables() {
        assertThat(GptTokenizer.CL100K_BASE.count("hello world")).isEqualTo(2);
        assertThat(GptTokenizer.CL100K_BASE.encode("hello world")).containsExactly(15339, 1917);
        assertThat(GptTokenizer.O200K_BASE.count("hello world")).isEqualTo(2);
    }

    @Test
    void count_specialTokenMarkup_isOrdinaryText() {
        assertThat(GptTokenizer.CL100K_BASE.count("<|endoftext|>")).isGreaterThan(1);
    }

    @Test
    void byId_knownAndUnknown() {
        assertThat(GptTokenizer.byId("o200k_base")).isEqualTo(GptTokenizer.O200K_BASE);
        assertThatThrownBy(() -> GptTokenizer.byId("p50k"))
                .hasMessageContaining("unknown tokenizer 'p50k'")
                .hasMessageContaining("cl100k_base, o200k_base");
    }
}
