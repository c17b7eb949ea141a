package org.rfcc.bench.runner;

import java.util.Map;
import org.rfcc.bench.model.Metric;

/** Turns JMH's raw per-fork, per-iteration data into the metrics of one benchmark. */
@FunctionalInterface
public interface MetricMapper {
    /** The metrics derived from {@code raw}, by their CONTRACT.md names. */
    Map<String, Metric> map(RawRun raw);
}
