package org.rfcc.bench.report;

import java.util.Locale;

/** HTML escaping and number formatting for the report: every text from the data goes through {@link #text}. */
public final class Html {
    private Html() {}

    /** {@code s} safe as HTML text or a quoted attribute value: no markup of its own survives. */
    public static String text(Object s) {
        String t = String.valueOf(s);
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A value with four significant digits (no exponent below a million), for tables. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e7 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v)
                .replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

    /** A signed percentage with one decimal. */
    public static String percent(double v) {
        return String.format(Locale.ROOT, "%+.1f%%", v);
    }
}
