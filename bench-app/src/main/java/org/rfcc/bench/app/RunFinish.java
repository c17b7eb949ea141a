package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.Reporting;
import org.rfcc.bench.report.OutputFormat;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.report.ReportFiles;
import org.rfcc.bench.stats.EDivisiveMeans;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Maintenance;
import org.rfcc.bench.store.RunSummary;

/** What every run does once it is measured, wherever it came from: its files, the history, retention, change points. */
final class RunFinish {
    /** How many of the newest runs a change point may begin in to be reported after a run. */
    static final int RECENT_RUNS = 2 * Defaults.MIN_SEGMENT;

    private RunFinish() {}

    /**
     * Writes {@code run}'s files as {@code reporting} asks, stores it in {@code store} (when not
     * null), prunes what is past {@code retentionMonths} and finds the change points it completes.
     */
    static RunOutcome finish(
            Settings settings,
            Console console,
            HistoryStore store,
            RunRecord run,
            RunRecord storedBase,
            Output output,
            Reporting reporting,
            int retentionMonths) {
        long start = System.nanoTime();
        List<java.nio.file.Path> files;
        try {
            Files.createDirectories(output.reportDir());
            Set<OutputFormat> formats =
                    reporting.outputFormat().stream().map(OutputFormat::of).collect(Collectors.toSet());
            ReportData data = new ReportData(
                    run, Trends.of(store, run), output.detailed(), store != null, Adoption.ofMain(settings, store));
            files = ReportFiles.write(
                    data, output.reportDir(), formats, reporting.generatePlots(), output.githubFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's files to " + output.reportDir(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (store == null) {
            return new RunOutcome(run, storedBase, files, seconds, null, 0, List.of());
        }
        store.store(run);
        int pruned = retain(store, retentionMonths, List.of(run.runId()), console);
        List<ChangeWatch.Found> changes = ChangeWatch.update(
                store,
                ChangeWatch.Touched.of(run),
                new EDivisiveMeans(),
                Configs.alerts(settings),
                RECENT_RUNS,
                ChangeWatch.WINDOW);
        Alerting.afterStored(settings, console, store, run, changes);
        return new RunOutcome(run, storedBase, files, seconds, settings.storeName(), pruned, changes);
    }

    /**
     * Removes the runs older than {@code months} months, but never one of {@code kept} (just
     * stored by this command): such a run is kept, with a warning, until the next prune.
     */
    static int retain(HistoryStore store, int months, Collection<String> kept, Console console) {
        if (months == 0) {
            return 0; // history.retention_months: 0 keeps every run
        }
        List<RunSummary> old = store.runs(Maintenance.monthsAgo(months));
        List<String> keep =
                old.stream().map(RunSummary::runId).filter(kept::contains).toList();
        if (!keep.isEmpty()) {
            console.warn((keep.size() == 1 ? "run " + keep.get(0) : keep.size() + " runs just stored")
                    + " started more than " + months + " months ago (history.retention_months); kept "
                    + (keep.size() == 1 ? "it" : "them") + " now, but the next prune removes "
                    + (keep.size() == 1 ? "it" : "them") + ": raise history.retention_months, or set it to 0"
                    + " to keep every run");
        }
        List<String> doomed = old.stream()
                .map(RunSummary::runId)
                .filter(id -> !kept.contains(id))
                .toList();
        return doomed.isEmpty() ? 0 : store.delete(doomed);
    }
}
