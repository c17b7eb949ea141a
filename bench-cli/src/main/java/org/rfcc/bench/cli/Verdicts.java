package org.rfcc.bench.cli;

import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.Comparison;
import org.rfcc.bench.stats.IncomparableRunsException;
import org.rfcc.bench.stats.Level;
import org.rfcc.bench.stats.NoiseProfile;
import org.rfcc.bench.stats.RunComparator;

/** Comparing two runs as the commands do: with the alerts config and this machine's calibrated noise. */
final class Verdicts {
    private Verdicts() {}

    /** The comparison of {@code head} against {@code base}, runs made at different times. */
    static Comparison compare(RunRecord base, RunRecord head, AlertsConfig alerts) {
        return compare(base, head, alerts, false);
    }

    /**
     * The comparison of {@code head} against {@code base}.
     *
     * @param interleaved true when both ran in one session, fork by fork in ABBA order
     */
    static Comparison compare(RunRecord base, RunRecord head, AlertsConfig alerts, boolean interleaved) {
        String machine = head.machine() == null ? "" : head.machine().fingerprint();
        NoiseProfile noise = AlertsFiles.noise(head.profile(), machine);
        try {
            return (interleaved ? RunComparator.interleaved(alerts, noise) : new RunComparator(alerts, noise))
                    .compare(base, head);
        } catch (IncomparableRunsException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** 1 when a regression reached {@code failOn} (never for {@link Level#NONE}), else 0. */
    static int exitCode(Comparison c, Level failOn) {
        return failOn != Level.NONE && c.summary().worst().atLeast(failOn) ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** Parses a --fail-on value. */
    static Level failOn(String value) {
        try {
            return Level.of(value);
        } catch (IllegalArgumentException e) {
            throw new UserException("--fail-on must be critical, warning, info or none, got '" + value + "'");
        }
    }
}
