package org.rfcc.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.config.ConfigException;
import org.rfcc.bench.model.config.ConfigLoader;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.StoreException;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.IngestException;
import org.rfcc.bench.store.ingest.Labels;
import org.rfcc.compressor.ModelPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench ingest}: imports run files, JMH JSON and github-action-benchmark JSON. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Imports run records, JMH JSON and github-action-benchmark JSON into the history.",
            "",
            "The format is recognised from the content. JMH JSON from any project keeps its primary and secondary metrics, params and per-fork raw data. Each file goes in whole or not at all, and once: the same file twice is one run. A bad file is reported and the others still go in; exit 1 if any file failed (2 if all did)."
        })
final class IngestCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> files;

    @Option(names = "--commit", description = "Git commit (40 hex digits) for imports that carry none.")
    String commit;

    @Option(names = "--branch", description = "Git branch for imports that carry none.")
    String branch;

    @Option(names = "--machine", description = "Machine fingerprint for imports that carry none.")
    String machine;

    @Option(
            names = "--gab-direction",
            defaultValue = "lower_is_better",
            description =
                    "Direction of github-action-benchmark values: lower_is_better (customSmallerIsBetter, default) or higher_is_better.")
    String gabDirection;

    /** history.retention_months of the config when there is one, else the default. */
    private int retentionMonths() {
        Path config = RfccBenchCommand.config(spec);
        if (!Files.exists(config)) {
            return BenchConfig.DEFAULT_RETENTION_MONTHS;
        }
        try {
            return ConfigLoader.load(config, null, Set.of(ModelPreset.ids().split(", ")))
                    .retentionMonths();
        } catch (ConfigException e) {
            throw new UserException(e.getMessage());
        }
    }

    @Override
    protected int doCall() {
        Labels labels;
        Direction direction;
        try {
            labels = new Labels(commit, branch, machine);
            direction = Direction.of(gabDirection);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        int failed = 0;
        try (HistoryStore store = openStore()) {
            for (Path file : files) {
                try {
                    RunRecord run = Ingest.parse(file, labels, direction);
                    boolean stored = store.store(run);
                    out().println((stored ? "ingested run " : "already stored: run ") + run.runId() + " from " + file
                            + " (" + run.results().size() + " results)");
                    out().flush();
                } catch (IngestException | StoreException e) {
                    err().println("rfcc-bench: " + e.getMessage());
                    failed++;
                }
            }
            applyRetention(store, retentionMonths());
        }
        if (failed == 0) {
            return ExitCodes.OK;
        }
        return failed == files.size() ? ExitCodes.USER_ERROR : ExitCodes.FAILURE;
    }
}
