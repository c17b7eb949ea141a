package org.rfcc.bench.runner;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rfcc.bench.model.UserException;

/**
 * Which planned benchmarks of the suites run: those whose label ({@code suite/benchmark[k=v,…]})
 * matches one of the includes (every one when there are none) and none of the excludes, each a
 * regular expression found anywhere in the label, as JMH matches its benchmark names.
 *
 * @param timedOnly leave out the untimed plans ({@link DirectPlan}: deterministic quality, the same
 *     in every round of an interleaved comparison, so measured in its first round only)
 * @param shard of the plans chosen, run only this slice ({@code run --shard}), or null for all
 */
public record BenchmarkFilter(List<String> includes, List<String> excludes, boolean timedOnly, Shard shard) {
    /** Every benchmark. */
    public static final BenchmarkFilter ALL = new BenchmarkFilter(List.of(), List.of());

    /** The benchmarks that {@code includes} and {@code excludes} choose, timed or not. */
    public BenchmarkFilter(List<String> includes, List<String> excludes) {
        this(includes, excludes, false, null);
    }

    public BenchmarkFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        includes.forEach(BenchmarkFilter::compile);
        excludes.forEach(BenchmarkFilter::compile);
    }

    /** Whether {@code plan} runs. */
    public boolean accepts(Plan plan) {
        String label = plan.label();
        return !(timedOnly && plan instanceof DirectPlan)
                && (includes.isEmpty()
                        || includes.stream()
                                .anyMatch(r -> compile(r).matcher(label).find()))
                && excludes.stream().noneMatch(r -> compile(r).matcher(label).find());
    }

    /** This filter, leaving out the untimed plans as well. */
    public BenchmarkFilter timed() {
        return new BenchmarkFilter(includes, excludes, true, shard);
    }

    /** This filter, keeping only {@code shard}'s slice of the plans it accepts. */
    public BenchmarkFilter sharded(Shard shard) {
        return new BenchmarkFilter(includes, excludes, timedOnly, shard);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new UserException(
                    "--include/--exclude '" + regex + "' is not a regular expression: " + e.getDescription());
        }
    }
}
