package org.rfcc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.rfcc.bench.runner.RunService;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;

/**
 * The documents the benchmarks compress: seeded evaluation documents, the same in the parent and
 * in every fork. The parent writes them once into the run's work directory (system property
 * {@link RunService#WORKDIR_PROPERTY}), so forks read a file instead of generating a 100k-token
 * document.
 */
public final class Workload {
    /** Seed of every benchmark document. */
    public static final long SEED = 20_261_127L;
    /** Size of the prompt of the latency benchmark. */
    public static final int LATENCY_TOKENS = 2_000;
    /** Size of the document for the tokenizer benchmark. */
    public static final int TOKENIZER_TOKENS = 10_000;
    /** Size of the document streamed for first-output latency. */
    public static final int STREAM_TOKENS = 20_000;
    /** Documents per operation of the batch benchmark. */
    public static final int BATCH_DOCUMENTS = 8;
    /** Size of each document of the batch benchmark. */
    public static final int BATCH_TOKENS = 2_000;

    private static final CorpusGenerator GENERATOR = new CorpusGenerator();

    private Workload() {}

    /** The benchmark document of {@code tokens} tokens (seed {@link #SEED}). */
    public static EvalDocument document(int tokens) {
        return document(tokens, SEED);
    }

    /** The benchmark document of {@code tokens} tokens and {@code seed}. */
    public static EvalDocument document(int tokens, long seed) {
        return GENERATOR.generate(tokens, seed);
    }

    /** The text of the document of {@code tokens} tokens: from the work directory when present. */
    public static String text(int tokens, long seed) {
        String dir = System.getProperty(RunService.WORKDIR_PROPERTY);
        if (dir != null) {
            Path file = file(Path.of(dir), tokens, seed);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return document(tokens, seed).text();
    }

    /** The texts of the batch benchmark's documents. */
    public static List<String> batchTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < BATCH_DOCUMENTS; i++) {
            texts.add(text(BATCH_TOKENS, SEED + 1 + i));
        }
        return texts;
    }

    /** Writes the document of {@code tokens} and {@code seed} into {@code dir}, whole or not at all. */
    public static EvalDocument prepare(Path dir, int tokens, long seed) {
        EvalDocument doc = document(tokens, seed);
        Path file = file(dir, tokens, seed);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "doc", ".tmp");
            Files.writeString(tmp, doc.text(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return doc;
    }

    private static Path file(Path dir, int tokens, long seed) {
        return dir.resolve("doc-" + tokens + "-" + seed + ".txt");
    }
}
