package org.rfcc.bench.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Kind;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.config.AlertLevels;
import org.rfcc.bench.model.config.AlertsConfig;

/**
 * What repeated A/A runs of unchanged code tell: how often a comparison of two of them raises an
 * alert (every pair is compared), and each series' fork-to-fork noise, from all forks of all runs
 * around their common level, so that the noise includes the drift from run to run.
 *
 * @param pairs how many pairs of runs were compared
 * @param falseAlerts pairs in which some metric reached warning or critical, on their own forks
 * @param anyFlagged pairs in which some metric was called changed at all, on their own forks
 * @param calibratedFalseAlerts {@code falseAlerts} with the noise of the other runs as the prior
 * @param calibratedAnyFlagged {@code anyFlagged} with the noise of the other runs as the prior
 * @param series the noise of each series that was measured in more than one fork
 */
public record Calibration(
        int pairs,
        int falseAlerts,
        int anyFlagged,
        int calibratedFalseAlerts,
        int calibratedAnyFlagged,
        List<SeriesNoise> series) {
    /**
     * The noise of one series.
     *
     * @param cvPct the standard deviation of log fork values within a run, in percent (the CV)
     * @param forkDf its degrees of freedom
     * @param runCvPct the standard deviation of a run's level from run to run, in percent
     * @param runs how many runs it comes from
     * @param forks how many fork values there were
     * @param forksNeeded forks per side for 95% power at the warning threshold, both sides
     *     interleaved; null without a threshold, -1 beyond reach
     */
    public record SeriesNoise(
            String series, double cvPct, int forkDf, double runCvPct, int runs, int forks, Integer forksNeeded) {}

    /**
     * Compares every pair of {@code runs} and measures the noise of their series. Each pair is
     * compared twice: on its own forks alone, as before any calibration, and with the noise
     * measured on the other runs (leave the pair out, so the pair cannot vouch for itself).
     */
    public static Calibration of(List<RunRecord> runs, AlertsConfig alerts) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("calibration needs at least two runs, got " + runs.size());
        }
        RunComparator alone = new RunComparator(alerts, NoiseProfile.empty());
        int[] counts = new int[4];
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                count(alone.compare(runs.get(i), runs.get(j)), counts, 0);
                List<RunRecord> others = new ArrayList<>(runs);
                others.remove(j);
                others.remove(i);
                NoiseProfile prior = others.size() < 2
                        ? NoiseProfile.empty()
                        : new Calibration(0, 0, 0, 0, 0, noise(others, alerts)).profile("", "", Instant.EPOCH);
                count(new RunComparator(alerts, prior).compare(runs.get(i), runs.get(j)), counts, 2);
            }
        }
        int pairs = runs.size() * (runs.size() - 1) / 2;
        return new Calibration(pairs, counts[0], counts[1], counts[2], counts[3], noise(runs, alerts));
    }

    private static void count(Comparison c, int[] counts, int at) {
        counts[at] += c.summary().worst().atLeast(Level.WARNING) ? 1 : 0;
        counts[at + 1] += c.changes().stream().anyMatch(ch -> ch.kind() != Kind.NONE) ? 1 : 0;
    }

    /** The noise profile to store for {@code machine} and {@code profile}. */
    public NoiseProfile profile(String machine, String profile, Instant measuredAt) {
        Map<String, NoiseProfile.Noise> byName = new LinkedHashMap<>();
        for (SeriesNoise s : series) {
            byName.put(
                    s.series(),
                    new NoiseProfile.Noise(
                            s.cvPct() / 100, s.forkDf(), s.runCvPct() / 100, s.runs() - 1.0, s.forksNeeded()));
        }
        return new NoiseProfile(machine, profile, measuredAt, byName);
    }

    /**
     * The two layers of each series' noise (one-way analysis of variance on log fork values, runs
     * as groups): the pooled variance of forks around their run's mean, and the variance of the
     * run means beyond what that fork noise explains.
     */
    private static List<SeriesNoise> noise(List<RunRecord> runs, AlertsConfig alerts) {
        Map<String, List<double[]>> byRun = new LinkedHashMap<>();
        Map<String, Optional<AlertLevels>> levels = new LinkedHashMap<>();
        for (RunRecord run : runs) {
            for (BenchmarkResult r : run.results()) {
                if (r.status() != Status.OK) {
                    continue;
                }
                r.metrics().forEach((name, m) -> {
                    if (m.sampleCount() > 1 && positive(m)) {
                        String key = SeriesNames.name(r.suite(), r.benchmark(), name, r.params());
                        double[] logs =
                                Arrays.stream(m.forkValues()).map(Math::log).toArray();
                        byRun.computeIfAbsent(key, k -> new ArrayList<>()).add(logs);
                        levels.computeIfAbsent(key, k -> alerts.levelsFor(r.suite(), r.benchmark(), name, m.unit()));
                    }
                });
            }
        }
        double alpha = alerts.falseDiscoveryRate() / Math.max(1, byRun.size());
        List<SeriesNoise> out = new ArrayList<>();
        byRun.forEach((key, groups) -> {
            double within = 0;
            int forks = 0;
            double[] means = new double[groups.size()];
            for (int g = 0; g < means.length; g++) {
                double[] xs = groups.get(g);
                means[g] = ForkTest.mean(xs);
                for (double x : xs) {
                    within += (x - means[g]) * (x - means[g]);
                }
                forks += xs.length;
            }
            int forkDf = forks - groups.size();
            if (forkDf < 1) {
                return;
            }
            double sd = Math.sqrt(within / forkDf);
            double runSd = 0;
            if (means.length >= 2) {
                double grand = ForkTest.mean(means);
                double between = 0;
                for (double m : means) {
                    between += (m - grand) * (m - grand);
                }
                double perRun = (double) forks / groups.size();
                runSd = Math.sqrt(Math.max(0, between / (means.length - 1) - sd * sd / perRun));
            }
            Integer needed = levels.get(key)
                    .map(l -> ForkTest.forksNeeded(sd, 0, Math.log1p(l.warningPct() / 100), alpha, RunComparator.POWER))
                    .orElse(null);
            out.add(new SeriesNoise(key, sd * 100, forkDf, runSd * 100, groups.size(), forks, needed));
        });
        return out;
    }

    private static boolean positive(Metric m) {
        return m.samples().stream().flatMap(List::stream).allMatch(v -> v > 0);
    }
}
