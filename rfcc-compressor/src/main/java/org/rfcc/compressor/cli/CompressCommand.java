package org.rfcc.compressor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rfcc.compressor.CompressionOptions;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.CompressionResult;
import org.rfcc.compressor.InvalidInputException;
import org.rfcc.compressor.ModelPreset;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccCompressor;
import org.rfcc.compressor.StreamingCompressor;
import org.rfcc.compressor.text.GptTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rfcc-bench compress}: runs the compressor on one document. */
@Command(
        name = "compress",
        mixinStandardHelpOptions = true,
        description = {
            "Compresses a document with RFCC and writes the compressed text to stdout.",
            "The models are presets of one algorithm over all-MiniLM-L6-v2; none is trained per ratio."
        })
public final class CompressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(
            names = "--model",
            defaultValue = "rfcc-base-4x",
            description = "rfcc-base-2x, rfcc-base-4x or rfcc-base-8x (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(
            names = "--ratio",
            description =
                    "Target ratio, original ÷ kept tokens, in 1-64 (default: the model's, e.g. 4 for rfcc-base-4x).")
    Double ratio;

    @Option(names = "--query", description = "A question the kept text should answer.")
    String query;

    @Option(
            names = "--stream",
            description = "Compress window by window, writing each window's output as soon as it is ready.")
    boolean stream;

    @Option(
            names = "--json",
            description =
                    "Write JSON: text, achieved ratio, kept spans and stage timings (one line per window with --stream).")
    boolean json;

    @Option(
            names = "--tokenizer",
            defaultValue = "cl100k_base",
            description =
                    "GPT tokenizer that counts the budget: cl100k_base or o200k_base (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(
            names = "--batch-size",
            defaultValue = "16",
            description = "Sentences per embedding batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "The document, UTF-8 text; '-' or nothing for stdin.")
    String file;

    @Override
    public Integer call() throws IOException {
        // Check everything the user typed before the model loads: mistakes answer at once.
        ModelPreset preset = ModelPreset.byId(model);
        CompressionOptions options = new CompressionOptions(tokenizer(tokenizer), batchSize);
        double target = ratio != null ? ratio : preset.defaultRatio();
        CompressionRequest.checkRatio(target);
        Input input = new Input(file, System.in);
        if (stream) {
            try (Reader reader = input.reader()) {
                RfccCompressor compressor = Models.load(model).compressor(options);
                int[] window = {0};
                new StreamingCompressor(compressor).compress(reader, target, query, r -> print(r, window[0]++));
            }
        } else {
            CompressionRequest request = new CompressionRequest(input.readAll(), target, query);
            print(Models.load(model).compressor(options).compress(request), -1);
        }
        return 0;
    }

    private void print(CompressionResult r, int window) {
        if (json) {
            spec.commandLine().getOut().println(toJson(r, window));
        } else {
            spec.commandLine().getOut().println(r.text());
        }
        spec.commandLine().getOut().flush();
    }

    private String toJson(CompressionResult r, int window) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model);
        if (window >= 0) {
            m.put("window", window);
        }
        m.put("target_ratio", r.targetRatio());
        m.put("achieved_ratio", r.achievedRatio());
        m.put("input_tokens", r.inputTokens());
        m.put("output_tokens", r.outputTokens());
        m.put("text", r.text());
        m.put(
                "kept_spans",
                r.keptSpans().stream().map(s -> List.of(s.start(), s.end())).toList());
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("split", r.stages().splitMs());
        stages.put("tokenize", r.stages().tokenizeMs());
        stages.put("embed", r.stages().embedMs());
        stages.put("select", r.stages().selectMs());
        m.put("stages_ms", stages);
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static GptTokenizer tokenizer(String id) {
        try {
            return GptTokenizer.byId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
