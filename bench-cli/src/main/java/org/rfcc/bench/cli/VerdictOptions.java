package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Level;
import picocli.CommandLine.Option;

/** The options of the commands that judge a comparison: where the thresholds are, and what fails. */
final class VerdictOptions {
    @Option(
            names = "--fail-on",
            defaultValue = Defaults.FAIL_ON,
            description = "Exit 1 on a regression at this level or louder: critical, warning, info or none"
                    + " (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(
            names = "--alerts",
            paramLabel = "PATH",
            description = "The alert thresholds (default: " + Defaults.ALERTS_FILE + " beside the config).")
    Path alerts;

    /** The parsed --fail-on. */
    Level failOn() {
        try {
            return Level.of(failOn);
        } catch (IllegalArgumentException e) {
            throw new UserException("--fail-on must be critical, warning, info or none, got '" + failOn + "'");
        }
    }

    /** 1 when a regression of {@code c} reached --fail-on (never for none), else 0; 0 without a comparison. */
    int exitCode(Comparison c) {
        Level level = failOn();
        return c != null && level != Level.NONE && c.summary().worst().atLeast(level)
                ? ExitCodes.FAILURE
                : ExitCodes.OK;
    }
}
