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
     * null) other than the two compared; a series with neither goes no louder than info.
     */
    static Comparison compare(
            Settings settings, HistoryStore store, RunRecord base, RunRecord head, AlertsConfig alerts, How how) {
        String machine = head.machine() == null ? "" : head.machine().fingerprint();
        NoiseProfile noise = Configs.noise(settings, head.profile(), machine);
        RunComparator comparator = how == How.APART
                ? new RunComparator(alerts, noise).withHistoryNoise(historyNoise(store, base, head))
                : RunComparator.interleaved(alerts, noise);
        comparator = how == How.INTERLEAVED_SETUPS ? comparator.acrossSetups() : comparator;
        return (settings.thresholdOnly() ? comparator.thresholdOnly() : comparator).compare(base, head);
    }

    /**
     * The run-to-run noise of each series of {@code head} that {@code store} shows: the spread of its newest values on
     * head's machine and profile, up to head's start, without the two runs compared.
     */
    private static Map<String, RunToRunNoise> historyNoise(HistoryStore store, RunRecord base, RunRecord head) {
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
                    values.computeIfAbsent(
                                    SeriesNames.name(row.suite(), row.benchmark(), row.metric(), row.params()),
                                    k -> new ArrayList<>())
                            .add(row.value());
                }
            });
        }
        Map<String, RunToRunNoise> noise = new HashMap<>();
        values.forEach((name, v) -> RunToRunNoise.of(v.subList(Math.max(0, v.size() - NOISE_RUNS), v.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray())
                .ifPresent(n -> noise.put(name, n)));
        return noise;
    }
}
