package org.rfcc.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.runner.RunMerge;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/**
 * {@code merge}: the run files of the shards of one run ({@code run --shard I/N}) joined into that
 * run, which then does what every run does ({@link RunFinish}): its files, the history, change
 * points and alerts. Shards that were stored already are not stored again as the merged run, so
 * that each benchmark has one point per run in its series.
 */
public final class Merges {
    private final Settings settings;
    private final Console console;

    public Merges(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Joins the shards in {@code files} and finishes the joined run as {@code output} asks. */
    public RunOutcome merge(List<Path> files, Output output) {
        List<RunRecord> shards = files.stream().map(Merges::read).toList();
        RunRecord run = RunMerge.shards(shards);
        Optional<BenchConfig> config = Configs.ifPresent(settings);
        try (HistoryStore store = output.store() ? settings.openStore() : null) {
            HistoryStore target = store;
            if (store != null
                    && shards.stream().anyMatch(s -> store.run(s.runId()).isPresent())) {
                console.note("the shards are stored already, so the merged run is written to files only");
                target = null;
            }
            console.note("merged " + shards.size() + " shards: " + run.results().size() + " results");
            return RunFinish.finish(
                    settings,
                    console,
                    target,
                    run,
                    null,
                    output,
                    config.map(BenchConfig::reporting).orElse(Runs.JAR_REPORTING),
                    config.map(BenchConfig::retentionMonths).orElse(Defaults.RETENTION_MONTHS));
        }
    }

    private static RunRecord read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no run file " + file + " (merge takes the benchmark_run.json of each shard)");
        }
        return Ingest.parse(file, Labels.none());
    }
}
