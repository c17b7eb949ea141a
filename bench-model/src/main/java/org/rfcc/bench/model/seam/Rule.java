package org.rfcc.bench.model.seam;

import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.RunRecord;

/**
 * A recommendation rule of the report: says something only when the run's data shows it. Rules
 * are usually the constants of an enum, which gives {@link #name()}.
 */
public interface Rule {
    /** The rule's constant name, e.g. {@code FAILED_BENCHMARK}. */
    String name();

    /** The rule's id, its name in lower case with dashes: {@code failed-benchmark}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the rule checks, in a few words. */
    String checks();

    /** The findings on {@code run}, one sentence each; empty when there is nothing to say. */
    List<String> apply(RunRecord run);
}
