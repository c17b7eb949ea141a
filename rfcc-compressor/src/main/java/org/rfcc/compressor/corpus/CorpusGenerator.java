package org.rfcc.compressor.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rfcc.compressor.text.GptTokenizer;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;

/**
 * Seeded, deterministic evaluation documents of a given length in GPT tokens (within ±2%):
 * English Europarl sentences as the haystack, with key → value needles planted at spread depths
 * and questions about half of them. The same seed and size always give the same document.
 */
public final class CorpusGenerator {
    /** The smallest document size accepted, in tokens. */
    public static final int MIN_TOKENS = 1_000;
    /** The largest document size accepted, in tokens. */
    public static final int MAX_TOKENS = 100_000;
    /** Allowed relative deviation from the requested size. */
    public static final double TOLERANCE = 0.02;

    private static final String[] ADJECTIVES = {
        "amber", "brisk", "crimson", "dusty", "eager", "frozen", "gentle", "hollow", "ivory", "jolly", "keen",
        "lunar", "mellow", "nimble", "opal", "placid", "quiet", "rustic", "silent", "tawny", "umber", "vivid",
        "woolly", "zesty"
    };
    private static final String[] NOUNS = {
        "otter", "falcon", "lantern", "meadow", "harbor", "quartz", "walrus", "thistle", "comet", "badger",
        "orchid", "glacier", "pelican", "saffron", "tundra", "beacon", "marmot", "willow", "canyon", "heron"
    };

    private final GptTokenizer tokenizer = GptTokenizer.CL100K_BASE;

    /** Generates a document of about {@code tokens} GPT tokens from {@code seed}. */
    public EvalDocument generate(int tokens, long seed) {
        if (tokens < MIN_TOKENS || tokens > MAX_TOKENS) {
            throw new IllegalArgumentException(
                    "document size must lie in " + MIN_TOKENS + "-" + MAX_TOKENS + " tokens, got " + tokens);
        }
        Random random = new Random(seed);
        List<Needle> needles = needles(Math.max(4, Math.min(24, tokens / 1_000)), random);
        List<Needle> queried = new ArrayList<>(needles);
        java.util.Collections.shuffle(queried, random);
        queried = List.copyOf(queried.subList(0, (needles.size() + 1) / 2));

        int needleTokens = needles.stream()
                .mapToInt(n -> tokenizer.count(" " + n.sentence()))
                .sum();
        List<String> haystack = haystack(tokens - needleTokens, random);
        List<String> sentences = plant(haystack, needles, random);
        String text = String.join(" ", sentences);
        int actual = tokenizer.count(text);
        while (actual > tokens * (1 + TOLERANCE) || actual < tokens * (1 - TOLERANCE)) {
            // The per-sentence estimate is off by a few tokens at most; trim or pad the last haystack sentence.
            int last = lastHaystack(sentences, needles);
            if (actual > tokens) {
                sentences.remove(last);
            } else {
                sentences.add(last + 1, haystack(tokens - actual, random).get(0));
            }
            text = String.join(" ", sentences);
            actual = tokenizer.count(text);
        }
        return new EvalDocument(seed, tokens, text, actual, needles, queried);
    }

    private static List<Needle> needles(int count, Random random) {
        Set<String> keys = new HashSet<>();
        List<Needle> out = new ArrayList<>();
        while (out.size() < count) {
            String key = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "-" + NOUNS[random.nextInt(NOUNS.length)];
            if (keys.add(key)) {
                out.add(Needle.of(key, Integer.toString(1_000_000 + random.nextInt(9_000_000))));
            }
        }
        return out;
    }

    /** Consecutive sentences from randomly chosen English passages, about {@code tokens} in all. */
    private List<String> haystack(int tokens, Random random) {
        List<String> bodies = Europarl.englishBodies();
        List<String> out = new ArrayList<>();
        int total = 0;
        while (total < tokens) {
            String body = bodies.get(random.nextInt(bodies.size()));
            for (Sentence s : SentenceSplitter.split(body)) {
                int n = tokenizer.count(" " + s.text());
                if (n < 4 || n > 120) {
                    continue;
                }
                if (total + n > tokens * (1 + TOLERANCE / 2)) {
                    if (total >= tokens * (1 - TOLERANCE / 2)) {
                        return out;
                    }
                    continue;
                }
                out.add(s.text());
                total += n;
            }
        }
        return out;
    }

    /** Inserts one needle per equal slice of the haystack, at a random depth inside its slice. */
    private static List<String> plant(List<String> haystack, List<Needle> needles, Random random) {
        List<String> out = new ArrayList<>(haystack);
        for (int j = needles.size() - 1; j >= 0; j--) {
            double depth = (j + random.nextDouble()) / needles.size();
            out.add((int) Math.round(depth * haystack.size()), needles.get(j).sentence());
        }
        return out;
    }

    private static int lastHaystack(List<String> sentences, List<Needle> needles) {
        Set<String> needleSentences = new HashSet<>();
        needles.forEach(n -> needleSentences.add(n.sentence()));
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (!needleSentences.contains(sentences.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("a document without haystack sentences");
    }
}
