package org.rfcc.compressor;

/**
 * The knobs of RFCC's selection, fixed per model preset.
 *
 * @param salienceWeight weight of similarity to the document centroid
 * @param queryWeight weight of relevance to the query, when one is given
 * @param positionWeight weight of the position prior (earlier sentences score higher)
 * @param redundancy MMR trade-off λ: how strongly similarity to already kept sentences counts against a sentence
 * @param candidateFactor how many sentences to embed, as a multiple of the sentences the budget can hold
 * @param minCandidates the fewest sentences to embed (or all, when the document has fewer)
 * @param embedLimit the most sentences to embed per document; the rest are ranked lexically only
 * @param pruneFromRatio from this target ratio on, words inside kept sentences are pruned
 * @param pruneSlack when pruning, sentences are first selected for this multiple of the budget
 * @param windowTokens window size of streaming compression, in GPT tokens
 */
public record Tuning(
        double salienceWeight,
        double queryWeight,
        double positionWeight,
        double redundancy,
        double candidateFactor,
        int minCandidates,
        int embedLimit,
        double pruneFromRatio,
        double pruneSlack,
        int windowTokens) {
    public Tuning {
        if (salienceWeight < 0 || queryWeight < 0 || positionWeight < 0) {
            throw new IllegalArgumentException("score weights must be >= 0");
        }
        if (redundancy < 0 || redundancy >= 1) {
            throw new IllegalArgumentException("redundancy must lie in [0, 1), got " + redundancy);
        }
        if (candidateFactor < 1 || minCandidates < 1 || embedLimit < minCandidates) {
            throw new IllegalArgumentException("need candidateFactor >= 1 and 1 <= minCandidates <= embedLimit");
        }
        if (pruneSlack < 1 || windowTokens < 256) {
            throw new IllegalArgumentException("need pruneSlack >= 1 and windowTokens >= 256");
        }
    }
}
