package org.rfcc.compressor.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
    void embed_batchesOnLanes_giveTheVectorsOfOneBatchAtATime() throws Exception {
        List<String> texts = IntStream.range(0, 24)
                .mapToObj(i -> "Sentence " + i + " of the test " + "is longer ".repeat(i % 7) + "and ends here.")
                .toList();
        float[][] alone =
                texts.stream().map(t -> embedder.embed(List.of(t), 1)[0]).toArray(float[][]::new);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<float[][]>> calls = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                calls.add(callers.submit(() -> embedder.embed(texts, 1)));
            }
            for (Future<float[][]> call : calls) {
                assertThat(call.get()).isDeepEqualTo(alone);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void load_andClose_anEmbedderOfItsOwn_thenItRefusesWork() {
        List<String> texts = List.of("One sentence.", "Another, longer sentence.", "A third.");
        MiniLmEmbedder own = MiniLmEmbedder.load(Models.EMBED_MAX_TOKENS, 2, 0);
        float[][] v = own.embed(texts, 1);
        own.close();
        assertThatThrownBy(() -> own.embed(texts, 1)).hasMessage("the MiniLM embedder is closed");
        assertThat(v).hasNumberOfRows(3);
        for (float[] row : v) {
            assertThat(Vectors.dot(row, row)).isCloseTo(1.0, Offset.offset(1e-5));
        }
    }

    @Test
    void modelTokens_isWordPieceWithClsAndSep() {
        long[] ids = embedder.modelTokens("hello world");
        assertThat(ids).startsWith(101L).endsWith(102L).hasSize(4);
    }
}
