package org.rfcc.bench.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * The fork-to-fork noise of each series on one machine and profile, measured by {@code calibrate}
 * from many A/A forks. A comparison uses it as the prior for a metric's variance, so that a few
 * forks per side can still decide.
 *
 * @param series by series name ({@link org.rfcc.bench.model.SeriesNames#name})
 */
public record NoiseProfile(String machine, String profile, Instant measuredAt, Map<String, Noise> series) {
    /** The schema name written into every noise profile file. */
    public static final String SCHEMA = "rfcc-bench/noise/v1";

    public NoiseProfile {
        series = new TreeMap<>(series);
    }

    /**
     * The measured noise of one series, in two layers: forks of one run scatter around the run's
     * level, and that level moves from run to run with the state of the machine. Forks of one
     * session interleaved in ABBA order share the second layer; runs made at different times
     * do not, and no number of forks averages it away.
     *
     * @param sd the standard deviation of log fork values within a run (close to the CV)
     * @param df its degrees of freedom
     * @param runSd the standard deviation of a run's level from run to run (log scale)
     * @param runDf its degrees of freedom
     * @param forksNeeded forks per side for 95% power at the series' warning threshold when both
     *     sides run interleaved; null without a threshold, -1 beyond reach
     */
    public record Noise(double sd, double df, double runSd, double runDf, Integer forksNeeded) {
        public Noise {
            if (!(sd >= 0) || !(df > 0) || !(runSd >= 0) || !(runDf >= 0)) {
                throw new IllegalArgumentException(
                        "noise needs sd >= 0, df > 0, run_sd >= 0 and run_df >= 0, got " + sd + ", " + df);
            }
        }
    }

    /** An empty profile: nothing measured yet. */
    public static NoiseProfile empty() {
        return new NoiseProfile(null, null, null, Map.of());
    }

    /** The noise of {@code seriesName}, when measured. */
    public Optional<Noise> of(String seriesName) {
        return Optional.ofNullable(series.get(seriesName));
    }

    /**
     * The forks per side that give every series of this profile 95% power at its warning
     * threshold, at most {@code max}; 0 when nothing was measured.
     */
    public int forksNeeded(int max) {
        return series.values().stream()
                .map(Noise::forksNeeded)
                .filter(n -> n != null)
                .mapToInt(n -> n < 0 ? max : Math.min(n, max))
                .max()
                .orElse(0);
    }

    /** Reads a profile written by {@link #write}; an absent file is an empty profile. */
    public static NoiseProfile read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            File parsed = Json.MAPPER.readValue(file.toFile(), File.class);
            if (!SCHEMA.equals(parsed.schema())) {
                throw new IllegalArgumentException(file + ": not a noise profile (schema " + parsed.schema() + ")");
            }
            return parsed.profile();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": unreadable noise profile: " + e.getMessage(), e);
        }
    }

    /** Writes this profile to {@code file}, whole or not at all. */
    public void write(Path file) {
        try {
            AtomicFiles.write(file, Json.pretty(new File(SCHEMA, this)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record File(String schema, NoiseProfile profile) {}
}
