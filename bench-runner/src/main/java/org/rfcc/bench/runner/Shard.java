package org.rfcc.bench.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rfcc.bench.model.UserException;

/**
 * The {@code index}-th of {@code count} slices of a run's benchmark matrix ({@code run --shard I/N}),
 * so that N machines share one run. The slices are balanced by wall time: each group of plans
 * that must run together ({@link Suite#shardGroup}) weighs the seconds its plans took in the
 * history ({@code seconds}, by label), or where it has none their own estimate, scaled by the
 * median ratio of stored seconds to estimate among the plans it has; and the
 * heaviest group goes to the lightest slice first (longest processing time first, within 4/3 of the
 * best split). Every machine that reads the same history and config makes the same slices, so the
 * N slices hold every plan exactly once.
 *
 * @param index 1-based
 * @param seconds the stored wall seconds of plans by label; empty when the history has none
 */
public record Shard(int index, int count, Map<String, Double> seconds) {
    private static final Pattern SPEC = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new UserException("--shard I/N needs 1 <= I <= N, got " + index + "/" + count);
        }
        seconds = Map.copyOf(seconds);
    }

    /** The shard {@code spec} names, {@code I/N}; anything else is a user error. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec.trim());
        if (!m.matches()) {
            throw new UserException("--shard takes I/N, the I-th of N slices (e.g. 1/4), got '" + spec + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Map.of());
    }

    /** This shard, balanced by {@code seconds}. */
    public Shard withSeconds(Map<String, Double> seconds) {
        return new Shard(index, count, seconds);
    }

    /** {@code I/N}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** The plans of this slice, in their order in {@code plans}. */
    public <T extends Plan> List<T> select(List<T> plans, Function<T, String> group) {
        Map<String, Integer> slices = slices(plans, group);
        return plans.stream().filter(p -> slices.get(group.apply(p)) == index).toList();
    }

    /** The expected wall seconds of each slice (index 0 is slice 1), from the same weights. */
    public <T extends Plan> double[] balance(List<T> plans, Function<T, String> group) {
        Map<String, Integer> slices = slices(plans, group);
        double scale = scale(plans);
        double[] load = new double[count];
        plans.forEach(p -> load[slices.get(group.apply(p)) - 1] += weight(p, scale));
        return load;
    }

    /** The slice (1-based) of each group. */
    private <T extends Plan> Map<String, Integer> slices(List<T> plans, Function<T, String> group) {
        double scale = scale(plans);
        Map<String, Double> weights = new LinkedHashMap<>();
        plans.forEach(p -> weights.merge(group.apply(p), weight(p, scale), Double::sum));
        List<Map.Entry<String, Double>> heaviest = new ArrayList<>(weights.entrySet());
        heaviest.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        double[] load = new double[count];
        Map<String, Integer> slices = new LinkedHashMap<>();
        for (Map.Entry<String, Double> g : heaviest) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            load[lightest] += g.getValue();
            slices.put(g.getKey(), lightest + 1);
        }
        return slices;
    }

    private double weight(Plan plan, double scale) {
        Double stored = seconds.get(plan.label());
        return stored != null ? stored : plan.estimatedSeconds() * scale;
    }

    /** The median of stored seconds ÷ estimate over the plans the history has; 1 when it has none. */
    private double scale(List<? extends Plan> plans) {
        double[] ratios = plans.stream()
                .filter(p -> seconds.containsKey(p.label()) && p.estimatedSeconds() > 0)
                .mapToDouble(p -> seconds.get(p.label()) / p.estimatedSeconds())
                .sorted()
                .toArray();
        if (ratios.length == 0) {
            return 1;
        }
        int mid = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }
}
