package org.rfcc.compressor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.rfcc.compressor.embed.SentenceEmbedder;
import org.rfcc.compressor.select.Analysis;
import org.rfcc.compressor.select.Selector;

/**
 * RFCC: split into sentences, count GPT tokens, rank lexically, embed the candidates in
 * batches, select by MMR under the token budget, and prune words at high ratios. Stateless
 * apart from the shared model; thread-safe.
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
        List<CompressionResult> results = new ArrayList<>(docs.size());
        for (Analysis a : docs) {
            // Each document is embedded in batches of its own: the quantized model scales
            // activations per batch, so sharing batches would make one document's output
            // depend on the others in the call.
            List<String> texts = new ArrayList<>(a.candidateTexts());
            if (a.request().hasQuery()) {
                texts.add(a.request().query());
            }
            long e0 = System.nanoTime();
            float[][] vectors = embedder.embed(texts, options.batchSize());
            double embedMs = (System.nanoTime() - e0) / 1e6;
            float[][] candidateVectors = Arrays.copyOf(vectors, a.candidateCount());
            float[] queryVector = a.request().hasQuery() ? vectors[a.candidateCount()] : null;

            long s0 = System.nanoTime();
            List<KeptSentence> kept = Selector.select(a, candidateVectors, queryVector, preset.tuning());
            String text = kept.stream().map(KeptSentence::text).collect(Collectors.joining(" "));
            int outputTokens = options.tokenizer().count(text);
            double selectMs = (a.lexicalNanos() + System.nanoTime() - s0) / 1e6;
            StageTimings stages = new StageTimings(a.splitNanos() / 1e6, a.tokenizeNanos() / 1e6, embedMs, selectMs);
            results.add(new CompressionResult(
                    text, kept, a.inputTokens(), outputTokens, a.request().targetRatio(), stages));
        }
        return results;
    }
}
