package org.rfcc.compressor.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.rfcc.compressor.Models;

final class MiniLmEmbedderTest {
    private final SentenceEmbedder embedder = Models.load("rfcc-base-4x").embedder();

    @Test
    void embed_givesUnitVectors_similarMeaningsCloser() {
        float[][] v = embedder.embed(
                List.of(
                        "The Parliament approved the budget.",
                        "The budget was adopted by the Parliament.",
                        "A walrus swam in the cold sea."),
                2);
        assertThat(v).hasNumberOfRows(3);
        assertThat(v[0]).hasSize(embedder.dimension());
        assertThat(Vectors.dot(v[0], v[0])).isCloseTo(1.0, Offset.offset(1e-5));
        assertThat(Vectors.dot(v[0], v[1])).isGreaterThan(Vectors.dot(v[0], v[2]) + 0.3);
    }

    @Test
    void embed_emptyList_andBadBatchSize() {
        assertThat(embedder.embed(List.of(), 4)).isEmpty();
        assertThatThrownBy(() -> embedder.embed(List.of("x"), 0)).hasMessageContaining("at least 1");
    }

    @Test
    void modelTokens_isWordPieceWithClsAndSep() {
        long[] ids = embedder.modelTokens("hello world");
        assertThat(ids).startsWith(101L).endsWith(102L).hasSize(4);
    }
}
