package org.rfcc.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.AlertsLoader;
import org.rfcc.bench.model.config.ConfigException;
import org.rfcc.bench.stats.NoiseProfile;

/** Where the alert thresholds and the calibrated noise of this checkout live, and reading them. */
final class AlertsFiles {
    /** The alerts file beside the config. */
    static final String ALERTS = "alerts.yaml";

    private AlertsFiles() {}

    /**
     * The alert configuration: {@code given}, else alerts.yaml beside {@code config}, else the
     * defaults (the thresholds of the seed, q = 0.01).
     */
    static AlertsConfig load(Path given, Path config) {
        Path file = given != null ? given : config.toAbsolutePath().resolveSibling(ALERTS);
        if (given == null && !Files.exists(file)) {
            return AlertsConfig.defaults();
        }
        try {
            return AlertsLoader.load(file);
        } catch (ConfigException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** The noise profile file of {@code profile}, under the history's home directory. */
    static Path noiseFile(String profile) {
        return Path.of(".rfcc-bench", "noise-" + profile + ".json");
    }

    /** The calibrated noise of this machine and {@code profile}; empty when never calibrated here. */
    static NoiseProfile noise(String profile, String machine) {
        try {
            NoiseProfile p = NoiseProfile.read(noiseFile(profile));
            return machine.equals(p.machine()) ? p : NoiseProfile.empty();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + "; delete it or run 'rfcc-bench calibrate' again");
        }
    }
}
