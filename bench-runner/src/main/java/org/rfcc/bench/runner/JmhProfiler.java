package org.rfcc.bench.runner;

/**
 * A JMH profiler to attach to a run: its name or class, as {@code -prof} takes it, and its options.
 *
 * @param name {@code async}, {@code jfr}, {@code gc} or a profiler's class name
 * @param options JMH's option line for it ({@code key=value;…}); empty for none
 * @param minIterations the fewest measured iterations per fork it needs (0: any)
 */
public record JmhProfiler(String name, String options, int minIterations) {
    /** A profiler content with the benchmark's own iterations. */
    public JmhProfiler(String name, String options) {
        this(name, options, 0);
    }

    /** The measured iterations a fork runs under {@code profilers}: {@code iterations}, or more if one needs more. */
    public static int iterations(int iterations, java.util.List<JmhProfiler> profilers) {
        return profilers.stream().mapToInt(JmhProfiler::minIterations).reduce(iterations, Math::max);
    }

    /** {@code name:options}, as JMH's command line takes it. */
    public String argument() {
        return options.isEmpty() ? name : name + ":" + options;
    }
}
