package org.rfcc.bench.app;

import java.util.List;
import java.util.Optional;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.store.HistoryStore;

/**
 * {@code quick-check}, the pre-commit check: the quick profile on the working tree, stored as a
 * {@code pre-commit} run, against the newest stored quick run of HEAD or its nearest ancestor.
 */
public final class QuickCheck {
    /**
     * What the check found.
     *
     * @param comparison null when there was no baseline yet (this run becomes it)
     */
    public record Outcome(RunRecord run, Optional<RunRecord> baseline, Comparison comparison) {}

    private final Settings settings;
    private final Console console;

    public QuickCheck(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** The suites checked when none are named: the catalogs' hot path, else every suite. */
    public static List<String> defaultSuites() {
        List<String> hot = Catalogs.quickCheckSuites();
        return hot.isEmpty() ? List.of(Defaults.ALL_SUITES) : hot;
    }

    /** Runs the check over {@code suites} (empty for {@link #defaultSuites()}). */
    public Outcome check(List<String> suites) {
        String profile = Defaults.QUICK_PROFILE;
        BenchConfig config = Configs.load(settings, profile, null);
        AlertsConfig alerts = Configs.alerts(settings);
        var names = Runs.suiteNames(suites.isEmpty() ? defaultSuites() : suites);
        try (HistoryStore store = settings.openStore()) {
            Optional<RunRecord> baseline = Baselines.nearestAncestor(store, profile, settings.workDir());
            RunRecord run = Runs.measure(config, profile, names, "pre-commit", settings, console);
            Comparison c = baseline.map(b -> Verdicts.compare(settings, store, b, run, alerts, Verdicts.How.APART))
                    .orElse(null);
            RunRecord stored = c == null ? run : run.withComparison(c);
            store.store(stored);
            return new Outcome(stored, baseline, c);
        }
    }
}
