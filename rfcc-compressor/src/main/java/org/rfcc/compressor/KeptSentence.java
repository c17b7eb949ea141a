package org.rfcc.compressor;

import java.util.List;
import org.rfcc.compressor.text.Sentence;

/**
 * A sentence of the input that survives compression: its index among the input's sentences,
 * the spans of the input it keeps (the whole sentence, or the word runs left after pruning),
 * and the text it contributes to the output (the sentence, or its kept words joined by spaces).
 */
public record KeptSentence(int index, List<Span> spans, String text) {
    public KeptSentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        }
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a kept sentence keeps at least one span");
        }
        spans = List.copyOf(spans);
    }

    /** The whole of {@code sentence}, kept as it stands. */
    public static KeptSentence whole(Sentence sentence) {
        return new KeptSentence(sentence.index(), List.of(new Span(sentence.start(), sentence.end())), sentence.text());
    }

    /** This sentence renumbered and moved, for a window that starts inside a longer stream. */
    KeptSentence shift(int indexOffset, int charOffset) {
        return new KeptSentence(
                index + indexOffset,
                spans.stream().map(s -> s.shift(charOffset)).toList(),
                text);
    }
}
