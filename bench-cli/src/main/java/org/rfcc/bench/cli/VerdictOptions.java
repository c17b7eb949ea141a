package org.rfcc.bench.cli;

import java.nio.file.Path;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.Level;
import picocli.CommandLine.Option;

/** The options of the commands that judge a comparison: where the thresholds are, and what fails. */
final class VerdictOptions {
    @Option(
            names = "--fail-on",
            defaultValue = "critical",
            description = "Exit 1 on a regression at this level or louder: critical, warning, info or none"
                    + " (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(
            names = "--alerts",
            paramLabel = "PATH",
            description = "The alert thresholds (default: alerts.yaml beside the config).")
    Path alerts;

    /** The parsed --fail-on. */
    Level failOn() {
        return Verdicts.failOn(failOn);
    }

    /** The alert configuration for the config file {@code config}. */
    AlertsConfig alerts(Path config) {
        return AlertsFiles.load(alerts, config);
    }
}
