package org.rfcc.compressor.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.Tuning;
import org.rfcc.compressor.text.GptTokenizer;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;
import org.rfcc.compressor.text.Words;

/**
 * Everything RFCC knows about one document before it embeds anything: its sentences, their GPT
 * token counts, a lexical score per sentence, and the candidates worth embedding. Deciding the
 * candidates here is what keeps RFCC fast: embedding dominates the cost, so only the sentences
 * that can plausibly make the budget are embedded, and the rest are ranked lexically.
 */
public final class Analysis {
    private final CompressionRequest request;
    private final GptTokenizer tokenizer;
    private final List<Sentence> sentences;
    private final int[] tokens;
    private final int inputTokens;
    private final LexicalIndex index;
    private final List<String> queryTerms;
    private final double[] queryScore;
    private final double[] lexicalScore;
    private final int[] candidates;
    private final long splitNanos;
    private final long tokenizeNanos;
    private final long lexicalNanos;

    private Analysis(CompressionRequest request, GptTokenizer tokenizer, Tuning tuning) {
        this.request = request;
        this.tokenizer = tokenizer;
        long t0 = System.nanoTime();
        sentences = SentenceSplitter.split(request.text());
        long t1 = System.nanoTime();
        tokens = new int[sentences.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenizer.count(sentences.get(i).text());
        }
        inputTokens = tokenizer.count(request.text());
        long t2 = System.nanoTime();
        index = LexicalIndex.of(sentences);
        queryTerms = request.hasQuery() ? Words.terms(request.query()) : List.of();
        queryScore = normalized(request.hasQuery() ? index.bm25(queryTerms) : new double[sentences.size()]);
        double[] salience = normalized(index.salience());
        lexicalScore = new double[sentences.size()];
        for (int i = 0; i < lexicalScore.length; i++) {
            lexicalScore[i] = tuning.salienceWeight() * salience[i]
                    + tuning.queryWeight() * queryScore[i]
                    + tuning.positionWeight() * position(i);
        }
        candidates = chooseCandidates(tuning);
        long t3 = System.nanoTime();
        splitNanos = t1 - t0;
        tokenizeNanos = t2 - t1;
        lexicalNanos = t3 - t2;
    }

    /** Splits, counts and lexically ranks the request's document. */
    public static Analysis of(CompressionRequest request, GptTokenizer tokenizer, Tuning tuning) {
        return new Analysis(request, tokenizer, tuning);
    }

    private int[] chooseCandidates(Tuning tuning) {
        int n = sentences.size();
        double meanTokens = Math.max(1.0, (double) Arrays.stream(tokens).sum() / Math.max(n, 1));
        double fits = selectionBudget(tuning) / meanTokens;
        int wanted = (int) Math.ceil(tuning.candidateFactor() * fits);
        int count = Math.min(n, Math.min(tuning.embedLimit(), Math.max(tuning.minCandidates(), wanted)));
        return rankedByLexicalScore().stream()
                .limit(count)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Sentence indices, best lexical score first (earlier sentence first on ties). */
    List<Integer> rankedByLexicalScore() {
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, sentences.size()).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> -lexicalScore[i]).thenComparingInt(i -> i));
        return order;
    }

    /** The token budget of the output: input tokens ÷ target ratio, at least 1. */
    public int budget() {
        return Math.max(1, (int) Math.floor(inputTokens / request.targetRatio()));
    }

    /** True when words inside kept sentences are pruned to reach the target. */
    boolean prunes(Tuning tuning) {
        return request.targetRatio() >= tuning.pruneFromRatio();
    }

    /** The budget sentences are selected for: larger than {@link #budget()} when pruning follows. */
    int selectionBudget(Tuning tuning) {
        return prunes(tuning) ? (int) Math.ceil(budget() * tuning.pruneSlack()) : budget();
    }

    /** Position prior in [0, 1]: 1 for the first sentence, falling linearly. */
    double position(int i) {
        return 1.0 - (double) i / Math.max(1, sentences.size());
    }

    private static double[] normalized(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        if (max > 0) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] /= max;
            }
        }
        return scores;
    }

    /** The texts of the candidate sentences, in candidate order. */
    public List<String> candidateTexts() {
        return Arrays.stream(candidates).mapToObj(i -> sentences.get(i).text()).toList();
    }

    public CompressionRequest request() {
        return request;
    }

    public GptTokenizer tokenizer() {
        return tokenizer;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** GPT tokens of sentence i on its own. */
    public int tokens(int i) {
        return tokens[i];
    }

    public int inputTokens() {
        return inputTokens;
    }

    LexicalIndex index() {
        return index;
    }

    List<String> queryTerms() {
        return queryTerms;
    }

    /** BM25 relevance of sentence i to the query, scaled to [0, 1]; 0 without a query. */
    double queryScore(int i) {
        return queryScore[i];
    }

    int[] candidates() {
        return candidates.clone();
    }

    public int candidateCount() {
        return candidates.length;
    }

    public long splitNanos() {
        return splitNanos;
    }

    public long tokenizeNanos() {
        return tokenizeNanos;
    }

    public long lexicalNanos() {
        return lexicalNanos;
    }
}
