package org.rfcc.bench.app;

import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Comparison;

/**
 * What a run made: its record (with its comparison when it was compared), the files written, and
 * what the history did with it.
 *
 * @param storedBase the base run that {@code --compare-with} built and stored, or null
 * @param reportSeconds how long the report and the plots took to build
 * @param storedIn the history it was stored in (password redacted), or null when not stored
 * @param pruned how many runs retention removed afterwards
 * @param changePoints the change points that the newest stored runs completed
 */
public record RunOutcome(
        RunRecord run,
        RunRecord storedBase,
        List<Path> files,
        double reportSeconds,
        String storedIn,
        int pruned,
        List<ChangeWatch.Found> changePoints) {
    public RunOutcome {
        files = List.copyOf(files);
        changePoints = List.copyOf(changePoints);
    }

    /** The run's comparison with its baseline, or null. */
    public Comparison comparison() {
        return run.comparison();
    }
}
