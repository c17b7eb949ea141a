package org.rfcc.bench.store;

import java.time.Instant;

/**
 * One transition of an alert.
 *
 * @param event {@code opened}, {@code updated}, {@code acknowledged}, {@code expected}, {@code dismissed},
 *     {@code resolved} or {@code escalated}
 * @param by who made it: a name, or {@code rfcc-bench}
 * @param note what they said, or null
 * @param runId the run that made it, or null
 */
public record AlertEvent(Instant at, String event, String by, String note, String runId) {}
