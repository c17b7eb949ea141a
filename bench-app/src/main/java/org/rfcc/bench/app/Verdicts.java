package org.rfcc.bench.app;

import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.NoiseProfile;
import org.rfcc.bench.stats.RunComparator;

/** Comparing two runs as every workflow does: with the alert thresholds and this machine's calibrated noise. */
final class Verdicts {
    /** How the two runs of a comparison were made. */
    enum How {
        /** At different times: the run-to-run noise counts against each change. */
        APART,
        /** In one session, fork by fork in ABBA order: run-to-run noise cancels. */
        INTERLEAVED,
        /** Interleaved, of two setups that differ on purpose (two jars, two sets of JVM flags). */
        INTERLEAVED_SETUPS
    }

    private Verdicts() {}

    /** The comparison of {@code head} against {@code base}. */
    static Comparison compare(Settings settings, RunRecord base, RunRecord head, AlertsConfig alerts, How how) {
        String machine = head.machine() == null ? "" : head.machine().fingerprint();
        NoiseProfile noise = Configs.noise(settings, head.profile(), machine);
        RunComparator comparator =
                how == How.APART ? new RunComparator(alerts, noise) : RunComparator.interleaved(alerts, noise);
        comparator = how == How.INTERLEAVED_SETUPS ? comparator.acrossSetups() : comparator;
        return (settings.thresholdOnly() ? comparator.thresholdOnly() : comparator).compare(base, head);
    }
}
