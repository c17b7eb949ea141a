package org.rfcc.bench.alerts;

import org.rfcc.bench.store.StoredAlert;

/**
 * One message for a channel: what happened to an alert.
 *
 * @param id the outbox message's id, which receivers get as the idempotency key (0 for a test message)
 * @param event {@code opened}, {@code updated}, {@code escalated}, {@code resolved} or {@code test}
 */
public record Notice(long id, StoredAlert alert, String event) {}
