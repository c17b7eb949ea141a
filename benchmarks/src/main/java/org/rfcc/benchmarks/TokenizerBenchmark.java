package org.rfcc.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tokenizer speed on a 10,000-token document: the GPT tokenizers that budget RFCC
 * (cl100k_base, o200k_base) and the embedding model's WordPiece tokenizer (sentence by
 * sentence, as RFCC embeds). Run through {@code ./rfcc-bench run --suite models}.
 */
@State(Scope.Benchmark)
public class TokenizerBenchmark {
    @Param({"cl100k_base", "o200k_base", "wordpiece"})
    public String tokenizer;

    private Tokenizers.Counter counter;
    private String text;
    private List<String> sentences;

    @Setup
    public void setUp() {
        counter = Tokenizers.counter(tokenizer);
        text = Workload.text(Workload.TOKENIZER_TOKENS, Workload.SEED);
        sentences = Tokenizers.sentences(text);
    }

    @Benchmark
    public long tokenize() {
        return counter.count(text, sentences);
    }
}
