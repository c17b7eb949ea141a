package org.rfcc.bench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/**
 * {@code ingest FILE...}: run records, JMH JSON and github-action-benchmark JSON into the history,
 * each file whole or not at all; a bad file is reported and the others still go in.
 */
public final class Imports {
    /** The {@code --machine} value that means this machine's own fingerprint. */
    public static final String THIS_MACHINE = "this";

    /**
     * What became of one file.
     *
     * @param run the run read from it, or null when it could not be read
     * @param stored false when a run with its id was stored already
     * @param error why the file could not be ingested, or null
     */
    public record FileOutcome(Path file, RunRecord run, boolean stored, String error) {}

    /** Every file's outcome, and how many runs retention removed afterwards. */
    public record Outcome(List<FileOutcome> files, int pruned) {
        public Outcome {
            files = List.copyOf(files);
        }

        /** How many files could not be ingested. */
        public long failed() {
            return files.stream().filter(f -> f.error() != null).count();
        }
    }

    private final Settings settings;
    private final Console console;

    public Imports(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * The labels of {@code --commit}, {@code --branch} and {@code --machine} ({@value #THIS_MACHINE}
     * for this machine's fingerprint, so that imports of JMH files made here join the series of
     * {@code run --jmh-jar}).
     */
    public static Labels labels(String commit, String branch, String machine) {
        try {
            return new Labels(commit, branch, THIS_MACHINE.equals(machine) ? Baselines.machine() : machine);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * Imports {@code files} with {@code labels}, github-action-benchmark values taken in {@code
     * direction}; {@code each} is told of every file as soon as it is stored (or refused).
     */
    public Outcome ingest(List<Path> files, Labels labels, Direction direction, Consumer<FileOutcome> each) {
        int months =
                Configs.ifPresent(settings).map(BenchConfig::retentionMonths).orElse(Defaults.RETENTION_MONTHS);
        List<FileOutcome> out = new ArrayList<>();
        try (HistoryStore store = settings.openStore()) {
            List<String> ingested = new ArrayList<>();
            for (Path file : files) {
                try {
                    RunRecord run = Ingest.parse(file, labels, direction);
                    boolean stored = store.store(run);
                    ingested.add(run.runId());
                    out.add(new FileOutcome(file, run, stored, null));
                } catch (UserException e) {
                    out.add(new FileOutcome(file, null, false, e.getMessage()));
                }
                each.accept(out.get(out.size() - 1));
            }
            return new Outcome(out, RunFinish.retain(store, months, ingested, console));
        }
    }
}
