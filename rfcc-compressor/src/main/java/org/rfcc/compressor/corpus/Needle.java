package org.rfcc.compressor.corpus;

/** A planted fact: a key, its value, the sentence that states it, and the question that asks for it. */
public record Needle(String key, String value, String sentence, String question) {
    public Needle {
        if (!sentence.contains(key) || !sentence.contains(value)) {
            throw new IllegalArgumentException("the needle sentence must state both key and value: " + sentence);
        }
    }

    /** The needle for {@code key} → {@code value}, in the style of RULER's multi-key retrieval. */
    public static Needle of(String key, String value) {
        return new Needle(
                key,
                value,
                "The special magic number for " + key + " is " + value + ".",
                "What is the special magic number for " + key + "?");
    }
}
