package org.rfcc.benchmarks;

import java.util.List;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.embed.SentenceEmbedder;
import org.rfcc.compressor.text.GptTokenizer;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;

/** The tokenizers of the tokenizer benchmark, by name, each counting the tokens it produces. */
final class Tokenizers {
    /** The name of the embedding model's WordPiece tokenizer. */
    static final String WORDPIECE = "wordpiece";

    private Tokenizers() {}

    /** Counts the tokens a tokenizer produces for a document (whole, or by sentence). */
    @FunctionalInterface
    interface Counter {
        long count(String text, List<String> sentences);
    }

    /** The counter of the tokenizer named {@code name}. */
    static Counter counter(String name) {
        if (WORDPIECE.equals(name)) {
            SentenceEmbedder embedder = Models.load("rfcc-base-4x").embedder();
            return (text, sentences) -> {
                long n = 0;
                for (String s : sentences) {
                    n += embedder.modelTokens(s).length;
                }
                return n;
            };
        }
        GptTokenizer gpt = GptTokenizer.byId(name);
        return (text, sentences) -> gpt.encode(text).length;
    }

    /** The sentences of {@code text}. */
    static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }
}
