package org.rfcc.compressor;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.rfcc.compressor.text.Sentence;
import org.rfcc.compressor.text.SentenceSplitter;

/**
 * Compresses a long document window by window as it is read: each window of whole sentences
 * (about {@link Tuning#windowTokens()} GPT tokens) is compressed and handed on as soon as it is
 * ready, so the first output comes early and memory stays bounded by one window.
 */
public final class StreamingCompressor {
    private static final int CHUNK_CHARS = 16 * 1024;

    private final RfccCompressor compressor;
    private final int windowTokens;

    /** Streams with {@code compressor}, windows of its preset's size. */
    public StreamingCompressor(RfccCompressor compressor) {
        this(compressor, compressor.preset().tuning().windowTokens());
    }

    /** Streams with {@code compressor} in windows of about {@code windowTokens} GPT tokens. */
    public StreamingCompressor(RfccCompressor compressor, int windowTokens) {
        if (windowTokens < 1) {
            throw new IllegalArgumentException("window must hold at least one token, got " + windowTokens);
        }
        this.compressor = compressor;
        this.windowTokens = windowTokens;
    }

    /**
     * Reads {@code in} to its end, handing each compressed window to {@code sink}; offsets and
     * sentence indices in the results refer to the whole stream.
     *
     * @return the number of windows emitted
     */
    public int compress(Reader in, double targetRatio, String query, Consumer<CompressionResult> sink)
            throws IOException {
        return compress(in, targetRatio, query, sink, Integer.MAX_VALUE);
    }

    /** Reads only as far as the first window and returns its compression: the first output. */
    public CompressionResult first(Reader in, double targetRatio, String query) throws IOException {
        CompressionResult[] first = new CompressionResult[1];
        compress(in, targetRatio, query, r -> first[0] = r, 1);
        return first[0];
    }

    private int compress(Reader in, double targetRatio, String query, Consumer<CompressionResult> sink, int maxWindows)
            throws IOException {
        CompressionRequest.checkRatio(targetRatio);
        StringBuilder buffer = new StringBuilder();
        char[] chunk = new char[CHUNK_CHARS];
        int consumedChars = 0;
        int consumedSentences = 0;
        int windows = 0;
        int totalTokens = 0;
        boolean eof = false;
        while (!eof && windows < maxWindows) {
            int read = in.read(chunk);
            eof = read < 0;
            if (!eof) {
                buffer.append(chunk, 0, read);
            }
            int end;
            while (windows < maxWindows && (end = windowEnd(buffer, eof)) > 0) {
                String window = buffer.substring(0, end);
                buffer.delete(0, end);
                if (!window.isBlank()) {
                    CompressionResult r = compressor.compressWindow(new CompressionRequest(window, targetRatio, query));
                    totalTokens += r.inputTokens();
                    if (eof && buffer.length() == 0 && windows == 0 && totalTokens < RfccCompressor.MIN_INPUT_TOKENS) {
                        throw compressor.tooShort(totalTokens);
                    }
                    sink.accept(shift(r, consumedSentences, consumedChars));
                    consumedSentences += SentenceSplitter.split(window).size();
                    windows++;
                }
                consumedChars += end;
            }
        }
        if (windows == 0) {
            throw new InvalidInputException(CompressionRequest.EMPTY_INPUT);
        }
        return windows;
    }

    /** Where the next window ends in {@code buffer}, or 0 when more text must be read first. */
    private int windowEnd(StringBuilder buffer, boolean eof) {
        if (buffer.length() == 0) {
            return 0;
        }
        List<Sentence> sentences = SentenceSplitter.split(buffer.toString());
        int complete = eof ? sentences.size() : Math.max(0, sentences.size() - 1);
        int[] tokens = new int[complete];
        int total = 0;
        for (int i = 0; i < complete; i++) {
            tokens[i] = compressor.options().tokenizer().count(sentences.get(i).text());
            total += tokens[i];
        }
        // A window is cut only once half a window more is in hand, so the tail of the stream
        // joins the last window rather than form a scrap of its own.
        if (total < windowTokens * 3 / 2) {
            return eof ? buffer.length() : 0;
        }
        int sum = 0;
        for (int i = 0; i < complete; i++) {
            sum += tokens[i];
            if (sum >= windowTokens) {
                return sentences.get(i).end();
            }
        }
        return eof ? buffer.length() : 0;
    }

    private static CompressionResult shift(CompressionResult r, int sentences, int chars) {
        List<KeptSentence> kept =
                r.kept().stream().map(k -> k.shift(sentences, chars)).toList();
        return new CompressionResult(r.text(), kept, r.inputTokens(), r.outputTokens(), r.targetRatio(), r.stages());
    }
}
