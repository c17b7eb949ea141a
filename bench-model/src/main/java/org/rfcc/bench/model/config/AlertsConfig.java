package org.rfcc.bench.model.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.seam.Catalogs;

/**
 * The alert configuration of benchmarks/alerts.yaml: thresholds per {@link AlertClass}, overrides
 * for chosen benchmarks, the statistics that decide whether a change is real, and notification.
 * {@link #defaults()} is what applies when there is no alerts.yaml, and
 * equals a file holding only the seed content.
 *
 * @param classes the thresholds of each class; a class absent from the map raises no alerts
 * @param overrides thresholds by benchmark pattern, tried in order before the classes
 * @param falseDiscoveryRate the false discovery rate over all metrics compared, above 0 and at most
 *     {@value #MAX_FALSE_DISCOVERY_RATE}
 * @param minForks the fewest forks per side with which a comparison decides; with fewer it says it
 *     cannot decide
 * @param notification where alerts go and when they escalate
 */
public record AlertsConfig(
        Map<AlertClass, AlertLevels> classes,
        List<AlertOverride> overrides,
        double falseDiscoveryRate,
        int minForks,
        Notification notification) {
    /** The largest {@code statistics.false_discovery_rate}: 50%. */
    public static final double MAX_FALSE_DISCOVERY_RATE = 0.5;
    /** The smallest {@code statistics.min_forks}: a spread needs two forks. */
    public static final int LEAST_MIN_FORKS = 2;

    public AlertsConfig {
        EnumMap<AlertClass, AlertLevels> copy = new EnumMap<>(AlertClass.class);
        classes.forEach((c, levels) -> copy.put(Objects.requireNonNull(c), Objects.requireNonNull(levels)));
        classes = Collections.unmodifiableMap(copy);
        overrides = List.copyOf(overrides);
        if (!(falseDiscoveryRate > 0 && falseDiscoveryRate <= MAX_FALSE_DISCOVERY_RATE)) {
            throw new IllegalArgumentException(
                    "false_discovery_rate must be in (0, " + MAX_FALSE_DISCOVERY_RATE + "], got " + falseDiscoveryRate);
        }
        Checks.atLeast("min_forks", minForks, LEAST_MIN_FORKS);
        Objects.requireNonNull(notification, "notification");
    }

    /** This configuration with {@code rate} as its false discovery rate. */
    public AlertsConfig withFalseDiscoveryRate(double rate) {
        return new AlertsConfig(classes, overrides, rate, minForks, notification);
    }

    /** The configuration used when there is no alerts.yaml. */
    public static AlertsConfig defaults() {
        return new AlertsConfig(
                Defaults.LEVELS,
                List.of(),
                Defaults.FALSE_DISCOVERY_RATE,
                Defaults.MIN_FORKS,
                new Notification(
                        Defaults.CHANNELS,
                        Defaults.ESCALATION,
                        Defaults.CONFIRM_RUNS,
                        Defaults.BASE_BRANCH,
                        Defaults.MISSING_AFTER));
    }

    /** Levels for one metric: first matching override, else its class's, else Optional.empty(). */
    public Optional<AlertLevels> levelsFor(String suite, String benchmark, String metric, String unit) {
        for (AlertOverride override : overrides) {
            if (override.matches(suite, benchmark, metric)) {
                return Optional.of(override.levels());
            }
        }
        return Catalogs.alertClass(suite, benchmark, metric, unit).map(classes::get);
    }
}
