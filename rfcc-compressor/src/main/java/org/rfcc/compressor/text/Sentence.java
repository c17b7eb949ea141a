package org.rfcc.compressor.text;

/**
 * One sentence of a document: its position, its character span {@code [start, end)} in the
 * document, and its text (the span, trimmed).
 */
public record Sentence(int index, int start, int end, String text) {
    public Sentence {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence bounds: index=" + index + " [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("sentence text length " + text.length() + " != span " + (end - start));
        }
    }
}
