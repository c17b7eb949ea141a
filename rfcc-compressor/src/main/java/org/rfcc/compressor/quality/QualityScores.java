package org.rfcc.compressor.quality;

/**
 * How well one compression kept what matters.
 *
 * @param achievedRatio original tokens ÷ kept tokens
 * @param ratioError |achieved ÷ target − 1|
 * @param informationRetention share of queried facts whose key and value survive in one kept sentence
 * @param reconstructionQuality mean over original sentences of the best cosine similarity to a kept sentence
 * @param f1 F1 of the kept sentences against the essential ones (those stating queried facts)
 */
public record QualityScores(
        double achievedRatio, double ratioError, double informationRetention, double reconstructionQuality, double f1) {
    public QualityScores {
        checkUnit("information_retention", informationRetention);
        checkUnit("reconstruction_quality", reconstructionQuality);
        checkUnit("f1", f1);
        if (ratioError < 0) {
            throw new IllegalArgumentException("ratio_error must be >= 0, got " + ratioError);
        }
    }

    private static void checkUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
    }
}
