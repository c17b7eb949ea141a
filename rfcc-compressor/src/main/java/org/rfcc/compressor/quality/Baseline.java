package org.rfcc.compressor.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.Compressor;
import org.rfcc.compressor.KeptSentence;
import org.rfcc.compressor.StageTimings;
import org.rfcc.compressor.text.GptTokenizer;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;

/**
 * The reference selectors that give RFCC's quality numbers their meaning. Both keep whole
 * sentences in their original order, at the same token budget RFCC gets (input ÷ ratio).
 */
public enum Baseline {
    /** Sentences drawn at random (seeded) until the budget is full. */
    RANDOM("random"),
    /** The first sentences of the document until the budget is full (lead-N). */
    LEAD("lead-n");

    private final String id;

    Baseline(String id) {
        this.id = id;
    }

    /** The baseline's name in tables, e.g. {@code lead-n}. */
    public String id() {
        return id;
    }

    /** This baseline as a compressor counting in {@code tokenizer}; {@code seed} drives RANDOM. */
    public Compressor compressor(GptTokenizer tokenizer, long seed) {
        return requests ->
                requests.stream().map(r -> compress(r, tokenizer, seed)).toList();
    }

    private CompressionResult compress(CompressionRequest request, GptTokenizer tokenizer, long seed) {
        List<Sentence> sentences = SentenceSplitter.split(request.text());
        int inputTokens = tokenizer.count(request.text());
        int budget = Math.max(1, (int) Math.floor(inputTokens / request.targetRatio()));
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, sentences.size()).boxed().toList());
        if (this == RANDOM) {
            Collections.shuffle(order, new Random(seed));
        }
        List<Integer> picked = new ArrayList<>();
        int used = 0;
        for (int i : order) {
            int tokens = tokenizer.count(sentences.get(i).text());
            if (used + tokens <= budget) {
                picked.add(i);
                used += tokens;
            }
        }
        Collections.sort(picked);
        List<KeptSentence> kept =
                picked.stream().map(i -> KeptSentence.whole(sentences.get(i))).toList();
        String text = kept.stream().map(KeptSentence::text).collect(Collectors.joining(" "));
        return new CompressionResult(
                text, kept, inputTokens, tokenizer.count(text), request.targetRatio(), new StageTimings(0, 0, 0, 0));
    }
}
