package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.app.Settings;
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
            names = "--single-sample",
            paramLabel = "HOW",
            defaultValue = "undecided",
            description = "What a comparison does with a metric that has too few forks to test (one value a side, as"
                    + " in github-action-benchmark data): undecided (default) or threshold, to judge it by the size of"
                    + " its change against its alert thresholds alone, labelled as such.")
    String singleSample;

    @Option(
            names = "--fail-on-undecided",
            description = "Exit 1 when the comparison could decide not one metric (each had too few forks); by default"
                    + " such a verdict says UNDECIDED and exits 0.")
    boolean failOnUndecided;

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

    /** The settings of {@code command} with these options' thresholds and judging of one-value metrics. */
    Settings settings(BaseCommand command) {
        boolean thresholdOnly =
                switch (singleSample) {
                    case "undecided" -> false;
                    case "threshold" -> true;
                    default -> throw new UserException(
                            "--single-sample must be undecided or threshold, got '" + singleSample + "'");
                };
        return command.settings(alerts).withThresholdOnly(thresholdOnly);
    }

    /**
     * 1 when a regression of {@code c} reached --fail-on (never for none), or when {@code c}
     * decided nothing and --fail-on-undecided was given; else 0, and 0 without a comparison.
     */
    int exitCode(Comparison c) {
        Level level = failOn();
        if (c == null) {
            return ExitCodes.OK;
        }
        boolean regressed = level != Level.NONE && c.summary().worst().atLeast(level);
        return regressed || failOnUndecided && c.undecided() ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
