package org.rfcc.compressor.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into sentences with the JDK's rule-based {@link BreakIterator}. */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    /** Returns the non-blank sentences of {@code text}, each trimmed, with offsets into it. */
    public static List<Sentence> split(String text) {
        return split(text, 0);
    }

    /** Like {@link #split(String)}, but numbers sentences from {@code firstIndex}. */
    public static List<Sentence> split(String text, int firstIndex) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Sentence> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(firstIndex + out.size(), s, e, text.substring(s, e)));
            }
        }
        return out;
    }
}
