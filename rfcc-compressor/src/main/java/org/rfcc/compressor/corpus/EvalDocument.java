package org.rfcc.compressor.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated evaluation document: Europarl prose with planted needles, and the needles that its
 * questions ask about.
 *
 * @param tokens the document's actual length in GPT tokens (cl100k_base)
 */
public record EvalDocument(
        long seed, int targetTokens, String text, int tokens, List<Needle> needles, List<Needle> queried) {
    public EvalDocument {
        needles = List.copyOf(needles);
        queried = List.copyOf(queried);
        if (!needles.containsAll(queried)) {
            throw new IllegalArgumentException("every queried needle must be planted");
        }
    }

    /** The questions about the queried needles, as one query string. */
    public String query() {
        return queried.stream().map(Needle::question).collect(Collectors.joining(" "));
    }
}
