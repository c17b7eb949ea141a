package org.rfcc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rfcc.bench.model.io.AtomicFiles;
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
    public static final int BATCH_DOCUMENTS = 4;
    /** Size of each document of the batch benchmark. */
    public static final int BATCH_TOKENS = 1_000;

    private static final CorpusGenerator GENERATOR = new CorpusGenerator();

    /**
     * The documents generated in this process, by size and seed: a process that serves many runs
     * ({@code run --rounds}) plans each of them, and a 20,000-token document takes a while to make.
     */
    private static final Map<List<Long>, EvalDocument> GENERATED = new ConcurrentHashMap<>();

    private Workload() {}

    /** The benchmark document of {@code tokens} tokens (seed {@link #SEED}). */
    public static EvalDocument document(int tokens) {
        return document(tokens, SEED);
    }

    /** The benchmark document of {@code tokens} tokens and {@code seed}. */
    public static EvalDocument document(int tokens, long seed) {
        return GENERATED.computeIfAbsent(List.of((long) tokens, seed), k -> GENERATOR.generate(tokens, seed));
    }

    /** The text of the document of {@code tokens} tokens: from the work directory when present. */
    public static String text(int tokens, long seed) {
        return read(tokens, seed, ".txt").orElseGet(() -> document(tokens, seed).text());
    }

    /** The questions of the document of {@code tokens} tokens: from the work directory when present. */
    public static String query(int tokens, long seed) {
        return read(tokens, seed, ".query.txt")
                .orElseGet(() -> document(tokens, seed).query());
    }

    /** A prepared file of the work directory, if the parent wrote one; forks never generate then. */
    private static Optional<String> read(int tokens, long seed, String suffix) {
        String dir = System.getProperty(RunService.WORKDIR_PROPERTY);
        if (dir == null) {
            return Optional.empty();
        }
        Path file = file(Path.of(dir), tokens, seed, suffix);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The texts of the batch benchmark's documents. */
    public static List<String> batchTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < BATCH_DOCUMENTS; i++) {
            texts.add(text(BATCH_TOKENS, SEED + 1 + i));
        }
        return texts;
    }

    /** Writes the document of {@code tokens} and {@code seed} and its questions into {@code dir}. */
    public static EvalDocument prepare(Path dir, int tokens, long seed) {
        EvalDocument doc = document(tokens, seed);
        write(file(dir, tokens, seed, ".txt"), doc.text());
        write(file(dir, tokens, seed, ".query.txt"), doc.query());
        return doc;
    }

    private static void write(Path file, String content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path file(Path dir, int tokens, long seed, String suffix) {
        return dir.resolve("doc-" + tokens + "-" + seed + suffix);
    }
}
