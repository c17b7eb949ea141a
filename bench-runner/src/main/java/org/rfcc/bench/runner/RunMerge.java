package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.ThresholdCheck;
import org.rfcc.bench.model.ThresholdRule;
import org.rfcc.bench.model.UserException;

/**
 * Joins runs of the same code made one fork at a time (the rounds of an interleaved comparison)
 * into one run whose metrics have one fork per round. A deterministic metric, the same single
 * value in every round, stays one value; a deterministic result may come from the first round alone.
 */
public final class RunMerge {
    private RunMerge() {}

    /**
     * The rounds as one run: the first round's identity and config, the last one's end time, and
     * thresholds checked again on the joined results.
     */
    public static RunRecord merge(List<RunRecord> rounds, List<ThresholdRule> thresholds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no rounds to merge");
        }
        RunRecord first = rounds.get(0);
        List<BenchmarkResult> results = new ArrayList<>();
        for (BenchmarkResult r : first.results()) {
            List<BenchmarkResult> same = rounds.stream()
                    .map(round -> round.results().stream()
                            .filter(x -> x.suite().equals(r.suite())
                                    && x.benchmark().equals(r.benchmark())
                                    && x.params().equals(r.params()))
                            .findFirst()
                            .orElse(null))
                    .toList();
            results.add(joined(r, same));
        }
        Map<String, Object> config = new LinkedHashMap<>(first.config());
        config.put("forks", rounds.size());
        return new RunRecord(
                RunRecord.SCHEMA,
                first.runId(),
                first.startedAt(),
                rounds.get(rounds.size() - 1).finishedAt(),
                first.profile(),
                first.source(),
                first.git(),
                first.machine(),
                config,
                results,
                ThresholdChecker.check(thresholds, results),
                null);
    }

    /**
     * The shards of one run ({@code run --shard I/N}, in any order) as the one run they slice: a new
     * id, the first start and the last end, every result once in shard order, the durations of
     * every plan, and for each threshold the worst of the shards' checks, as one run would have
     * checked it. Refuses shards of different commits, configs, profiles or machines' kinds, a
     * missing or repeated slice, and a benchmark in two slices.
     */
    public static RunRecord shards(List<RunRecord> shards) {
        if (shards.isEmpty()) {
            throw new UserException("merge needs the run files of the shards");
        }
        List<RunRecord> sorted = new ArrayList<>(shards);
        sorted.sort(Comparator.comparingInt(RunMerge::shardIndex));
        RunRecord first = sorted.get(0);
        int count = shardCount(first);
        for (RunRecord s : sorted) {
            same(first, s, "commits", r -> String.valueOf(r.git().commit()));
            same(first, s, "machines' kinds (fingerprints)", r -> r.machine().fingerprint());
            same(first, s, "profiles", RunRecord::profile);
            same(first, s, "configs", r -> unsharded(r.config()).toString());
            if (shardCount(s) != count) {
                throw new UserException("shard " + shardOf(s) + " is of another split than " + shardOf(first));
            }
        }
        for (int i = 1; i <= count; i++) {
            int index = i;
            long n = sorted.stream().filter(s -> shardIndex(s) == index).count();
            if (n != 1) {
                throw new UserException((n == 0
                                ? "shard " + i + "/" + count + " is missing"
                                : "shard " + i + "/" + count + " is given " + n + " times")
                        + "; merge the run files of shards 1 to " + count
                        + " of one run, each once");
            }
        }
        List<BenchmarkResult> results = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (RunRecord s : sorted) {
            for (BenchmarkResult r : s.results()) {
                String label = Plan.label(r.suite(), r.benchmark(), r.params());
                String before = seen.put(label, shardOf(s));
                if (before != null) {
                    throw new UserException(label + " is in shard " + before + " and in shard " + shardOf(s)
                            + ": the shards read different histories or configs; run them from the same ones");
                }
                results.add(r);
            }
            seconds.putAll(s.planSeconds());
        }
        return new RunRecord(
                RunRecord.SCHEMA,
                UUID.randomUUID().toString(),
                sorted.stream()
                        .map(RunRecord::startedAt)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                sorted.stream()
                        .map(RunRecord::finishedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow(),
                first.profile(),
                first.source(),
                first.git(),
                first.machine(),
                unsharded(first.config()),
                results,
                worstChecks(sorted),
                null,
                null,
                seconds);
    }

    /** The shard {@code run} was, {@code I/N}; a run that was no shard is a user error. */
    private static String shardOf(RunRecord run) {
        Object shard = run.config().get(RunService.SHARD_KEY);
        if (!(shard instanceof String s) || !s.matches("\\d+/\\d+")) {
            throw new UserException("run " + run.runId() + " is not a shard (its config has no \"shard\": \"I/N\");"
                    + " merge joins the run files that 'run --shard I/N' wrote");
        }
        return s;
    }

    private static int shardIndex(RunRecord run) {
        return Integer.parseInt(shardOf(run).split("/")[0]);
    }

    private static int shardCount(RunRecord run) {
        return Integer.parseInt(shardOf(run).split("/")[1]);
    }

    private static void same(RunRecord a, RunRecord b, String what, Function<RunRecord, String> key) {
        if (!key.apply(a).equals(key.apply(b))) {
            throw new UserException("cannot merge shards of different " + what + ": shard " + shardOf(a) + " has "
                    + shorten(key.apply(a)) + ", shard " + shardOf(b) + " has " + shorten(key.apply(b)));
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static Map<String, Object> unsharded(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>(config);
        out.remove(RunService.SHARD_KEY);
        return out;
    }

    /** For each threshold, its worst check among the shards: the lowest minimum, the highest maximum, a failure first. */
    private static List<ThresholdCheck> worstChecks(List<RunRecord> shards) {
        Map<String, ThresholdCheck> worst = new LinkedHashMap<>();
        for (RunRecord s : shards) {
            for (ThresholdCheck c : s.thresholds()) {
                worst.merge(c.name(), c, RunMerge::worse);
            }
        }
        return List.copyOf(worst.values());
    }

    private static ThresholdCheck worse(ThresholdCheck a, ThresholdCheck b) {
        if (a.passed() != b.passed()) {
            return a.passed() ? b : a;
        }
        if (a.observed() == null || b.observed() == null) {
            return a.observed() == null ? b : a;
        }
        boolean minimum = a.bound() == ThresholdCheck.Bound.MIN;
        return (minimum ? b.observed() < a.observed() : b.observed() > a.observed()) ? b : a;
    }

    /** Whether every metric of {@code r} is one exact value: a deterministic result, the same in any round. */
    private static boolean deterministic(BenchmarkResult r) {
        return r.status() == Status.OK
                && !r.metrics().isEmpty()
                && r.metrics().values().stream().allMatch(m -> m.sampleCount() == 1);
    }

    private static BenchmarkResult joined(BenchmarkResult r, List<BenchmarkResult> same) {
        for (BenchmarkResult x : same) {
            if (x == null) {
                // a deterministic result needs one round, and later rounds leave it out
                return deterministic(r)
                        ? r
                        : BenchmarkResult.failed(r.suite(), r.benchmark(), r.params(), "missing from a round");
            }
            if (x.status() == Status.FAILED) {
                return x;
            }
        }
        Map<String, Metric> metrics = new LinkedHashMap<>();
        r.metrics().forEach((name, m) -> {
            List<Metric> all = same.stream().map(x -> x.metrics().get(name)).toList();
            if (all.stream().anyMatch(Objects::isNull)) {
                return;
            }
            boolean exact = all.stream().allMatch(x -> x.sampleCount() == 1 && x.value() == m.value());
            if (exact) {
                metrics.put(name, m);
            } else {
                List<List<Double>> forks = new ArrayList<>();
                all.forEach(x -> forks.addAll(x.samples()));
                metrics.put(name, new Metric(m.unit(), m.direction(), forks));
            }
        });
        return BenchmarkResult.ok(r.suite(), r.benchmark(), r.params(), metrics);
    }
}
