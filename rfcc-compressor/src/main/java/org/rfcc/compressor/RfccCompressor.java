package org.rfcc.compressor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rfcc.compressor.embed.SentenceEmbedder;
import org.rfcc.compressor.select.Analysis;
import org.rfcc.compressor.select.Selector;

/**
 * RFCC: split into sentences, count GPT tokens, rank lexically, embed the candidates (batched
 * across all documents of a call), select by MMR under the token budget, and prune words at
 * high ratios. Stateless apart from the shared model; thread-safe.
 */
public final class RfccCompressor implements Compressor {
    /** Documents with fewer GPT tokens than this are rejected as too short to compress. */
    public static final int MIN_INPUT_TOKENS = 32;

    private final ModelPreset preset;
    private final SentenceEmbedder embedder;
    private final CompressionOptions options;

    /** A compressor of {@code preset} over a loaded embedder. */
    public RfccCompressor(ModelPreset preset, SentenceEmbedder embedder, CompressionOptions options) {
        this.preset = preset;
        this.embedder = embedder;
        this.options = options;
    }

    /** The preset this compressor runs. */
    public ModelPreset preset() {
        return preset;
    }

    /** The options this compressor runs with. */
    public CompressionOptions options() {
        return options;
    }

    @Override
    public List<CompressionResult> compressAll(List<CompressionRequest> requests) {
        List<Analysis> docs = new ArrayList<>(requests.size());
        for (CompressionRequest request : requests) {
            Analysis a = Analysis.of(request, options.tokenizer(), preset.tuning());
            if (a.inputTokens() < MIN_INPUT_TOKENS) {
                throw tooShort(a.inputTokens());
            }
            docs.add(a);
        }
        return compressAnalysed(docs);
    }

    /** The error for a document of only {@code tokens} tokens. */
    InvalidInputException tooShort(int tokens) {
        return new InvalidInputException("the document is too short to compress: it has " + tokens + " tokens ("
                + options.tokenizer().id() + "); RFCC needs at least " + MIN_INPUT_TOKENS);
    }

    /** Compresses one window of a stream; short windows are allowed there. */
    CompressionResult compressWindow(CompressionRequest request) {
        return compressAnalysed(List.of(Analysis.of(request, options.tokenizer(), preset.tuning())))
                .get(0);
    }

    private List<CompressionResult> compressAnalysed(List<Analysis> docs) {
        List<String> texts = new ArrayList<>();
        for (Analysis a : docs) {
            texts.addAll(a.candidateTexts());
            if (a.request().hasQuery()) {
                texts.add(a.request().query());
            }
        }
        long t0 = System.nanoTime();
        float[][] vectors = embedder.embed(texts, options.batchSize());
        double embedMsPerText = texts.isEmpty() ? 0 : (System.nanoTime() - t0) / 1e6 / texts.size();

        List<CompressionResult> results = new ArrayList<>(docs.size());
        int offset = 0;
        for (Analysis a : docs) {
            int count = a.candidateCount() + (a.request().hasQuery() ? 1 : 0);
            float[][] candidateVectors = new float[a.candidateCount()][];
            System.arraycopy(vectors, offset, candidateVectors, 0, a.candidateCount());
            float[] queryVector = a.request().hasQuery() ? vectors[offset + a.candidateCount()] : null;
            offset += count;

            long s0 = System.nanoTime();
            List<KeptSentence> kept = Selector.select(a, candidateVectors, queryVector, preset.tuning());
            String text = kept.stream().map(KeptSentence::text).collect(Collectors.joining(" "));
            int outputTokens = options.tokenizer().count(text);
            double selectMs = (a.lexicalNanos() + System.nanoTime() - s0) / 1e6;
            StageTimings stages =
                    new StageTimings(a.splitNanos() / 1e6, a.tokenizeNanos() / 1e6, embedMsPerText * count, selectMs);
            results.add(new CompressionResult(
                    text, kept, a.inputTokens(), outputTokens, a.request().targetRatio(), stages));
        }
        return results;
    }
}
