package org.rfcc.bench.store;

import java.time.Instant;

/** A stored run in brief, for listings and retention. */
public record RunSummary(
        String runId, Instant startedAt, String profile, String source, String commit, String branch, String machine) {}
