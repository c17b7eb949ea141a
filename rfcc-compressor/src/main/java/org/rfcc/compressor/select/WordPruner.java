package org.rfcc.compressor.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rfcc.compressor.KeptSentence;
import org.rfcc.compressor.Span;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.Words;

/**
 * In-sentence pruning for high ratios: drops the least informative words of the kept sentences
 * (function words first, then common words by inverse document frequency) until the output fits
 * the budget. Numbers, query terms and words unique to one sentence are never dropped; if the
 * output still does not fit, the lowest-ranked sentences go whole, all but the best one.
 */
final class WordPruner {
    private WordPruner() {}

    private record Word(int sentence, int order, int start, int end, int tokens, double information) {}

    /** Prunes {@code picked} (sentence indices, best first) to at most {@code budget} tokens. */
    static List<KeptSentence> prune(Analysis a, List<Integer> picked, int budget) {
        Set<String> queryTerms = new HashSet<>(a.queryTerms());
        List<List<Word>> words = new ArrayList<>();
        int total = 0;
        for (int rank = 0; rank < picked.size(); rank++) {
            List<Word> sentenceWords = words(a, picked.get(rank), queryTerms);
            words.add(sentenceWords);
            total += sentenceWords.stream().mapToInt(Word::tokens).sum();
        }
        List<Word> removable = new ArrayList<>();
        words.forEach(
                ws -> ws.stream().filter(w -> Double.isFinite(w.information())).forEach(removable::add));
        removable.sort(Comparator.comparingDouble(Word::information)
                .thenComparing(Comparator.comparingInt(Word::sentence).reversed()));
        Set<Word> dropped = new HashSet<>();
        for (Word w : removable) {
            if (total <= budget) {
                break;
            }
            dropped.add(w);
            total -= w.tokens();
        }
        // The best-ranked sentence always stays, so the output is never empty.
        for (int rank = picked.size() - 1; rank >= 1 && total > budget; rank--) {
            for (Word w : words.get(rank)) {
                if (dropped.add(w)) {
                    total -= w.tokens();
                }
            }
        }
        return assemble(a, words, dropped);
    }

    private static List<Word> words(Analysis a, int sentenceIndex, Set<String> queryTerms) {
        Sentence s = a.sentences().get(sentenceIndex);
        String text = s.text();
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                int tokens = a.tokenizer().count(out.isEmpty() ? word : " " + word);
                out.add(new Word(
                        sentenceIndex,
                        out.size(),
                        s.start() + start,
                        s.start() + i,
                        tokens,
                        information(a, word, queryTerms)));
            }
        }
        return out;
    }

    /** How much a word tells: infinite for words that must stay, 0 for function words, else IDF. */
    private static double information(Analysis a, String word, Set<String> queryTerms) {
        List<String> terms = Words.terms(word);
        if (terms.isEmpty()) {
            String core = word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            return core.isEmpty() || Words.isStopword(core) ? 0 : a.index().idf(core);
        }
        double idf = 0;
        for (String term : terms) {
            if (queryTerms.contains(term)
                    || term.chars().anyMatch(Character::isDigit)
                    || a.index().documentFrequency(term) <= 1) {
                return Double.POSITIVE_INFINITY;
            }
            idf = Math.max(idf, a.index().idf(term));
        }
        return idf;
    }

    private static List<KeptSentence> assemble(Analysis a, List<List<Word>> words, Set<Word> dropped) {
        List<KeptSentence> kept = new ArrayList<>();
        for (List<Word> sentenceWords : words) {
            List<Span> spans = new ArrayList<>();
            int previous = -2;
            for (Word w : sentenceWords) {
                if (dropped.contains(w)) {
                    continue;
                }
                if (w.order() == previous + 1 && !spans.isEmpty()) {
                    Span last = spans.remove(spans.size() - 1);
                    spans.add(new Span(last.start(), w.end()));
                } else {
                    spans.add(new Span(w.start(), w.end()));
                }
                previous = w.order();
            }
            if (!spans.isEmpty()) {
                String text = spans.stream()
                        .map(s -> a.request().text().substring(s.start(), s.end()))
                        .collect(Collectors.joining(" "));
                kept.add(new KeptSentence(sentenceWords.get(0).sentence(), spans, text));
            }
        }
        kept.sort(Comparator.comparingInt(KeptSentence::index));
        return kept;
    }
}
