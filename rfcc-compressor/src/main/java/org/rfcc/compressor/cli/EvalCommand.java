package org.rfcc.compressor.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rfcc.compressor.CompressionOptions;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.InvalidInputException;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccModel;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.quality.EvalRow;
import org.rfcc.compressor.quality.Evaluation;
import org.rfcc.compressor.quality.QualityEvaluator;
import org.rfcc.compressor.quality.QualityScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rfcc-bench eval}: the quality table of RFCC against the random and lead-N baselines. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures RFCC's compression quality against the random and lead-N baselines.",
            "",
            "On generated Europarl documents with planted facts it reports the achieved ratio, information retention, reconstruction quality and F1, for RFCC with and without the query, and for random and lead-N selection at the same token budget."
        })
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "1000,10000",
            description = "Document sizes in GPT tokens, 1000-100000 (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(
            names = "--ratios",
            split = ",",
            defaultValue = "2,4,8,16,32",
            description = "Target ratios, 1-64 (default: ${DEFAULT-VALUE}).")
    List<Double> ratios;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the first document (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--docs",
            defaultValue = "3",
            description = "Documents per size; scores are their mean (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(
            names = "--model",
            defaultValue = "rfcc-base-4x",
            description = "The RFCC model (default: ${DEFAULT-VALUE}).")
    String model;

    @Override
    public Integer call() {
        for (int size : sizes) {
            if (size < CorpusGenerator.MIN_TOKENS || size > CorpusGenerator.MAX_TOKENS) {
                throw new InvalidInputException("--sizes: " + size + " is outside " + CorpusGenerator.MIN_TOKENS + "-"
                        + CorpusGenerator.MAX_TOKENS + " tokens");
            }
        }
        ratios.forEach(CompressionRequest::checkRatio);
        if (docs < 1) {
            throw new InvalidInputException("--docs must be at least 1, got " + docs);
        }
        RfccModel loaded = Models.load(model);
        Evaluation evaluation = new Evaluation(
                loaded.compressor(CompressionOptions.defaults()),
                new QualityEvaluator(loaded.embedder(), CompressionOptions.DEFAULT_BATCH_SIZE));
        List<EvalRow> rows = evaluation.run(
                sizes, ratios, seed, docs, step -> spec.commandLine().getErr().println("eval: " + step));
        printTable(rows);
        return 0;
    }

    private void printTable(List<EvalRow> rows) {
        String format = "%8s  %6s  %-10s  %8s  %9s  %14s  %6s%n";
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        format,
                        "tokens",
                        "ratio",
                        "method",
                        "achieved",
                        "retention",
                        "reconstruction",
                        "f1");
        for (EvalRow row : rows) {
            QualityScores s = row.scores();
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            format,
                            row.documentSize(),
                            String.format(Locale.ROOT, "%.0f", row.ratio()),
                            row.method(),
                            String.format(Locale.ROOT, "%.2f", s.achievedRatio()),
                            String.format(Locale.ROOT, "%.3f", s.informationRetention()),
                            String.format(Locale.ROOT, "%.3f", s.reconstructionQuality()),
                            String.format(Locale.ROOT, "%.3f", s.f1()));
        }
        spec.commandLine().getOut().flush();
    }
}
