package org.rfcc.bench.model.seam;

import java.util.List;
import org.rfcc.bench.model.RunRecord;

/** A recommendation rule of the report: says something only when the run's data shows it. */
public interface Rule {
    /** The rule's id, e.g. {@code failed-benchmark}. */
    String id();

    /** What the rule checks, in a few words. */
    String checks();

    /** The findings on {@code run}, one sentence each; empty when there is nothing to say. */
    List<String> apply(RunRecord run);
}
