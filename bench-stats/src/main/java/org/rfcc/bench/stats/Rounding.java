package org.rfcc.bench.stats;

import java.math.BigDecimal;
import java.math.MathContext;

/** Rounds what a comparison reports, so that files show what the data can support and stay stable. */
final class Rounding {
    /** Decimal places of a percentage. */
    private static final int PERCENT_PLACES = 3;

    private Rounding() {}

    /** {@code value} to {@code digits} significant digits; null and non-finite values pass through. */
    static Double significant(Double value, int digits) {
        if (value == null || !Double.isFinite(value) || value == 0) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }

    /** A percentage to {@value #PERCENT_PLACES} decimal places; null and non-finite values pass through. */
    static Double percent(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value)
                .setScale(PERCENT_PLACES, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
