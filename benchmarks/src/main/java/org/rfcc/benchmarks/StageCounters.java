package org.rfcc.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.rfcc.compressor.StageTimings;

/**
 * The compressor's own stage timings ({@link StageTimings}), summed over the compressions of one
 * JMH iteration, so that compression_stages comes from the same forks as compression_speed.
 *
 * <p>JMH reports each public field as a secondary result named after the field, unit {@code #},
 * in every mode, SingleShotTime included (EVENTS reports the raw sum; OPERATIONS would turn it
 * into a rate or a time per counted operation). JMH zeroes the fields itself before each
 * iteration, after the iteration-level set-ups, so the sums are per iteration.
 * {@link CompressionSuite} divides them by {@link #stageCompressions}. Filling it costs the
 * measured operation five additions.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class StageCounters {
    /** Secondary result: split time summed over the iteration's compressions, in ms. */
    static final String SPLIT = "stageSplitMs";
    /** Secondary result: tokenize time summed over the iteration's compressions, in ms. */
    static final String TOKENIZE = "stageTokenizeMs";
    /** Secondary result: embed time summed over the iteration's compressions, in ms. */
    static final String EMBED = "stageEmbedMs";
    /** Secondary result: select time summed over the iteration's compressions, in ms. */
    static final String SELECT = "stageSelectMs";
    /** Secondary result: the iteration's compressions. */
    static final String COMPRESSIONS = "stageCompressions";
    /** Every secondary result of this class. */
    static final List<String> ALL = List.of(SPLIT, TOKENIZE, EMBED, SELECT, COMPRESSIONS);

    public double stageSplitMs;
    public double stageTokenizeMs;
    public double stageEmbedMs;
    public double stageSelectMs;
    public long stageCompressions;

    /** Adds the stage times of one compression. */
    void add(StageTimings t) {
        stageSplitMs += t.splitMs();
        stageTokenizeMs += t.tokenizeMs();
        stageEmbedMs += t.embedMs();
        stageSelectMs += t.selectMs();
        stageCompressions++;
    }
}
