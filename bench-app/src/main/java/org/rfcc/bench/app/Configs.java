package org.rfcc.bench.app;

import java.nio.file.Files;
import java.util.Optional;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.AlertsLoader;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.config.ConfigLoader;
import org.rfcc.bench.model.seam.Catalogs;
import org.rfcc.bench.stats.NoiseProfile;

/** Reads the files of {@link Settings}: the benchmark configuration, the alert thresholds and the noise profiles. */
final class Configs {
    private Configs() {}

    /** The config with {@code profile} ("full" for the top level) and a {@code --forks} override. */
    static BenchConfig load(Settings settings, String profile, Integer forks) {
        if (forks != null && forks < 1) {
            throw new UserException("--forks must be at least 1, got " + forks);
        }
        BenchConfig config = ConfigLoader.load(
                settings.config(), Defaults.PROFILE.equals(profile) ? null : profile, Catalogs.models());
        return forks == null ? config : config.withForks(forks);
    }

    /** The config when its file exists (a JMH project has none), else empty. */
    static Optional<BenchConfig> ifPresent(Settings settings) {
        return Files.exists(settings.config()) ? Optional.of(load(settings, Defaults.PROFILE, null)) : Optional.empty();
    }

    /**
     * The alert configuration: the given file, else alerts.yaml beside the config, else the
     * defaults (the thresholds of the seed, q = 0.01).
     */
    static AlertsConfig alerts(Settings settings) {
        var file = settings.alerts() != null
                ? settings.alerts()
                : settings.config().toAbsolutePath().resolveSibling(Defaults.ALERTS_FILE);
        if (settings.alerts() == null && !Files.exists(file)) {
            return AlertsConfig.defaults();
        }
        return AlertsLoader.load(file);
    }

    /** The noise profile file of {@code profile}, under rfcc-bench's home directory. */
    static java.nio.file.Path noiseFile(Settings settings, String profile) {
        return settings.workDir().resolve(Defaults.HOME).resolve("noise-" + profile + ".json");
    }

    /** The calibrated noise of {@code machine} and {@code profile}; empty when never calibrated there. */
    static NoiseProfile noise(Settings settings, String profile, String machine) {
        try {
            NoiseProfile p = NoiseProfile.read(noiseFile(settings, profile));
            return machine.equals(p.machine()) ? p : NoiseProfile.empty();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + "; delete it or run 'rfcc-bench calibrate' again");
        }
    }
}
