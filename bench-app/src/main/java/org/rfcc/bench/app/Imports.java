package org.rfcc.bench.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.ingest.Imported;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/**
 * {@code ingest FILE...}: run records, JMH JSON, github-action-benchmark JSON and whole
 * github-action-benchmark histories into the history, each file whole or not at all; a bad file is
 * reported and the others still go in. A run already stored is not stored again; when this import
 * labels it otherwise (commit, branch, machine, start, a metric's direction or unit), that is said,
 * and {@code --replace} stores it with the new labels.
 */
public final class Imports {
    /** The {@code --machine} value that means this machine's own fingerprint. */
    public static final String THIS_MACHINE = "this";

    /**
     * What became of one file.
     *
     * @param format what the file held, or null when it could not be read
     * @param stored the ids of the runs stored from it
     * @param results how many results the first of them has
     * @param already the ids of the runs that were stored already, with the same labels
     * @param replaced the runs stored in place of the same runs with other labels ({@code --replace})
     * @param conflicts one sentence per run stored already with other labels, kept as it was
     * @param notes what was left out of the file (a profiler's text output, a repeated name)
     * @param error why the file could not be ingested, or null
     */
    public record FileOutcome(
            Path file,
            Imported.Format format,
            List<String> stored,
            int results,
            List<String> already,
            int replaced,
            List<String> conflicts,
            List<String> notes,
            String error) {
        public FileOutcome {
            stored = List.copyOf(stored);
            already = List.copyOf(already);
            conflicts = List.copyOf(conflicts);
            notes = List.copyOf(notes);
        }

        static FileOutcome failed(Path file, String error) {
            return new FileOutcome(file, null, List.of(), 0, List.of(), 0, List.of(), List.of(), error);
        }

        /** True when the file went in but some of its runs are stored with other labels. */
        public boolean conflicting() {
            return !conflicts.isEmpty();
        }
    }

    /** Every file's outcome, and how many runs retention removed afterwards. */
    public record Outcome(List<FileOutcome> files, int pruned) {
        public Outcome {
            files = List.copyOf(files);
        }

        /** How many files could not be ingested. */
        public long failed() {
            return files.stream().filter(f -> f.error() != null).count();
        }

        /** How many files went in with runs stored already under other labels. */
        public long conflicting() {
            return files.stream().filter(FileOutcome::conflicting).count();
        }
    }

    /** Files ingested in one transaction before it commits (and their outcomes are told). */
    private static final int FILES_A_COMMIT = 32;

    private final Settings settings;
    private final Console console;

    public Imports(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * The labels of {@code --commit}, {@code --branch}, {@code --machine} ({@value #THIS_MACHINE}
     * for this machine's fingerprint, so that imports of JMH files made here join the series of
     * {@code run --jmh-jar}) and {@code --started-at} (an instant, {@code 2026-11-01T09:30:00Z}, or a
     * day, {@code 2026-11-01}, at midnight UTC).
     */
    public static Labels labels(String commit, String branch, String machine, String startedAt) {
        try {
            return new Labels(
                    commit, branch, THIS_MACHINE.equals(machine) ? Baselines.machine() : machine, instant(startedAt));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException(
                    "--started-at must be an instant (2026-11-01T09:30:00Z) or a day (2026-11-01), got '" + text + "'");
        }
    }

    /**
     * Imports {@code files} with {@code labels}, github-action-benchmark values of unnamed tools
     * taken in {@code direction}; {@code each} is told of every file as soon as it is stored (or
     * refused).
     *
     * @param replace store runs that are stored already with other labels with this import's
     */
    public Outcome ingest(
            List<Path> files, Labels labels, Direction direction, boolean replace, Consumer<FileOutcome> each) {
        try (HistoryStore store = settings.openStore()) {
            return ingest(store, files, labels, direction, replace, each);
        }
    }

    /** {@link #ingest(List, Labels, Direction, boolean, Consumer)} into the open {@code store}. */
    public Outcome ingest(
            HistoryStore store,
            List<Path> files,
            Labels labels,
            Direction direction,
            boolean replace,
            Consumer<FileOutcome> each) {
        int months =
                Configs.ifPresent(settings).map(BenchConfig::retentionMonths).orElse(Defaults.RETENTION_MONTHS);
        List<FileOutcome> out = new ArrayList<>();
        List<String> ingested = new ArrayList<>();
        Set<ChangeWatch.Touched> touched = new LinkedHashSet<>();
        // a few files a transaction, each to a savepoint of its own: many small commits would
        // each write every page their runs touch
        for (int from = 0; from < files.size(); from += FILES_A_COMMIT) {
            List<Path> some = files.subList(from, Math.min(files.size(), from + FILES_A_COMMIT));
            List<FileOutcome> batch = store.inTransaction(() -> some.stream()
                    .map(file -> ingest(store, file, labels, direction, replace, touched))
                    .toList());
            for (FileOutcome outcome : batch) {
                ingested.addAll(outcome.stored());
                out.add(outcome);
                each.accept(outcome);
            }
        }
        int pruned = RunFinish.retain(store, months, ingested, console);
        if (!touched.isEmpty()) {
            ChangeWatch.update(store, touched, new EDivisiveMeans(), Configs.alerts(settings), 0, null);
        }
        newest(store, ingested).forEach(run -> Alerting.afterStored(settings, console, store, run, List.of()));
        return new Outcome(out, pruned);
    }

    /**
     * The newest run of each machine and profile among the runs just stored: the ones an import judges for alerts. The
     * older runs of an imported history are its past, not news, and raise nothing.
     */
    private static List<RunRecord> newest(HistoryStore store, List<String> ingested) {
        Map<List<String>, RunRecord> newest = new LinkedHashMap<>();
        for (String id : ingested) {
            store.run(id)
                    .ifPresent(run -> newest.merge(
                            List.of(run.machine() == null ? "" : run.machine().fingerprint(), run.profile()),
                            run,
                            (a, b) -> b.startedAt().isAfter(a.startedAt()) ? b : a));
        }
        return List.copyOf(newest.values());
    }

    /** One file, to a savepoint of its own: whole or not at all. */
    private static FileOutcome ingest(
            HistoryStore store,
            Path file,
            Labels labels,
            Direction direction,
            boolean replace,
            Set<ChangeWatch.Touched> touched) {
        try {
            return store.inTransaction(() ->
                    ingest(store, Ingest.read(file, labels, direction), replace, labels.startedAt() != null, touched));
        } catch (UserException e) {
            return FileOutcome.failed(file, e.getMessage());
        }
    }

    /** Stores the runs of {@code file}, adding the benchmarks of those it stores to {@code touched}. */
    private static FileOutcome ingest(
            HistoryStore store, Imported file, boolean replace, boolean startGiven, Set<ChangeWatch.Touched> touched) {
        List<String> stored = new ArrayList<>(); // ids only: a long history's runs need not stay in memory
        int[] results = {0};
        List<String> conflicts = new ArrayList<>();
        List<String> already = new ArrayList<>();
        int[] replaced = {0};
        Imported.Format[] format = {null};
        format[0] = file.forEach(run -> {
            Optional<RunRecord> old = store.run(run.runId());
            String legacy = old.isEmpty() ? file.legacyId() : null;
            if (old.isEmpty() && legacy != null) {
                old = store.run(legacy);
            }
            if (stored.isEmpty()) {
                results[0] = run.results().size();
            }
            if (old.isEmpty()) {
                store.store(run);
                stored.add(run.runId());
                touched.addAll(ChangeWatch.Touched.of(run));
                return;
            }
            List<String> differences = Relabel.differences(old.get(), run, startGiven);
            if (differences.isEmpty()) {
                already.add(old.get().runId());
            } else if (replace) {
                if (!old.get().runId().equals(run.runId())) {
                    store.delete(List.of(old.get().runId()));
                }
                store.replace(run);
                replaced[0]++;
                stored.add(run.runId());
                touched.addAll(ChangeWatch.Touched.of(run));
            } else {
                conflicts.add("run " + old.get().runId() + " is stored already with " + String.join(", ", differences)
                        + "; give --replace to store it as this import labels it");
            }
        });
        return new FileOutcome(
                Path.of(file.name()),
                format[0],
                stored,
                results[0],
                already,
                replaced[0],
                conflicts,
                file.notes(),
                null);
    }
}
