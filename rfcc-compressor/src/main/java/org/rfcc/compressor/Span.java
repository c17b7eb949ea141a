package org.rfcc.compressor;

/** A character range {@code [start, end)} of the input document. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** This span moved right by {@code offset} characters. */
    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
