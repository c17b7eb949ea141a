package org.rfcc.compressor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word-level helpers for the lexical stage: terms for TF-IDF and BM25, and English stopwords. */
public final class Words {
    private static final Set<String> STOPWORDS = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "even",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "may",
            "me",
            "might",
            "more",
            "most",
            "must",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "same",
            "shall",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "upon",
            "very",
            "was",
            "we",
            "well",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves");

    private Words() {}

    /** True for an English function word that carries little information on its own. */
    public static boolean isStopword(String lowerCaseWord) {
        return STOPWORDS.contains(lowerCaseWord);
    }

    /** The content terms of {@code text}: lower-cased runs of letters or digits, stopwords dropped. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String term = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOPWORDS.contains(term)) {
                    out.add(term);
                }
            }
        }
        return out;
    }
}
