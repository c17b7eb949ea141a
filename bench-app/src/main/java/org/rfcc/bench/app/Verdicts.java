package org.rfcc.bench.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.stats.ForkNoise;
import org.rfcc.bench.stats.NoiseProfile;
import org.rfcc.bench.stats.RunComparator;
import org.rfcc.bench.stats.RunToRunNoise;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryStore;

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

    /** How many of a series' newest stored runs give its run-to-run noise, at most. */
    static final int NOISE_RUNS = 20;

    /**
     * The comparison of {@code head} against {@code base}. Runs made apart take each series' run-to-run noise from this
     * machine's calibration, else from the newest {@value #NOISE_RUNS} runs of that series in {@code store} (when not
     * null) other than the two compared; a series with neither goes no louder than info. Every comparison takes the
     * fork noise of those stored runs as the prior of a series' fork variance where calibrate measured none.
     */
    static Comparison compare(
            Settings settings, HistoryStore store, RunRecord base, RunRecord head, AlertsConfig alerts, How how) {
        String machine = head.machine() == null ? "" : head.machine().fingerprint();
        NoiseProfile noise = Configs.noise(settings, head.profile(), machine);
        Map<String, List<String>> runs = new HashMap<>();
        Map<String, RunToRunNoise> runNoise = historyNoise(store, base, head, runs);
        RunComparator comparator = (how == How.APART
                        ? new RunComparator(alerts, noise).withHistoryNoise(runNoise)
                        : RunComparator.interleaved(alerts, noise))
                .withHistoryForkNoise(forkNoise(store, runs));
        comparator = how == How.INTERLEAVED_SETUPS ? comparator.acrossSetups() : comparator;
        return (settings.thresholdOnly() ? comparator.thresholdOnly() : comparator).compare(base, head);
    }

    /**
     * The run-to-run noise of each series of {@code head} that {@code store} shows: the spread of its newest values on
     * head's machine and profile, up to head's start, without the two runs compared.
     */
    private static Map<String, RunToRunNoise> historyNoise(
            HistoryStore store, RunRecord base, RunRecord head, Map<String, List<String>> runs) {
        if (store == null || head.machine() == null) {
            return Map.of();
        }
        Set<String> compared = new HashSet<>(List.of(base.runId(), head.runId())); // one run, compared with itself
        Map<String, List<Double>> values = new HashMap<>();
        Set<List<String>> benchmarks = new LinkedHashSet<>();
        head.results().forEach(r -> benchmarks.add(List.of(r.suite(), r.benchmark())));
        for (List<String> b : benchmarks) {
            HistoryQuery query = new HistoryQuery(
                    b.get(0), b.get(1), null, Map.of(), null, head.machine().fingerprint(), null);
            store.history(query, row -> {
                if (row.profile().equals(head.profile())
                        && !compared.contains(row.runId())
                        && !row.startedAt().isAfter(head.startedAt())) {
                    String name = SeriesNames.name(row.suite(), row.benchmark(), row.metric(), row.params());
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(row.value());
                    runs.computeIfAbsent(name, k -> new ArrayList<>()).add(row.runId());
                }
            });
        }
        runs.replaceAll((name, ids) -> ids.subList(Math.max(0, ids.size() - NOISE_RUNS), ids.size()));
        Map<String, RunToRunNoise> noise = new HashMap<>();
        values.forEach((name, v) -> RunToRunNoise.of(v.subList(Math.max(0, v.size() - NOISE_RUNS), v.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray())
                .ifPresent(n -> noise.put(name, n)));
        return noise;
    }

    /**
     * The fork noise of each series that {@code runs} names the newest stored runs of (by run id): the pooled spread of
     * the fork values within each of those runs ({@link ForkNoise#of}).
     */
    private static Map<String, ForkNoise> forkNoise(HistoryStore store, Map<String, List<String>> runs) {
        Map<String, Map<String, double[]>> byRun = new HashMap<>();
        Map<String, ForkNoise> noise = new HashMap<>();
        runs.forEach((name, ids) -> {
            List<double[]> forks = new ArrayList<>();
            for (String id : ids) {
                double[] f =
                        byRun.computeIfAbsent(id, k -> forkValues(store, k)).get(name);
                if (f != null) {
                    forks.add(f);
                }
            }
            ForkNoise.of(forks).ifPresent(n -> noise.put(name, n));
        });
        return noise;
    }

    /** The fork values of every series of the stored run {@code runId}, by series name. */
    private static Map<String, double[]> forkValues(HistoryStore store, String runId) {
        Map<String, double[]> out = new HashMap<>();
        store.run(runId).ifPresent(run -> run.results().forEach(r -> r.metrics()
                .forEach((metric, m) ->
                        out.put(SeriesNames.name(r.suite(), r.benchmark(), metric, r.params()), m.forkValues()))));
        return out;
    }
}
