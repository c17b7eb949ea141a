package org.rfcc.bench.store;

import java.time.Instant;

/**
 * A message about an alert for one channel, kept in the outbox until the channel accepted it.
 *
 * @param id its id, 0 before it is stored; receivers get it as the idempotency key
 * @param event what it says of the alert: {@code opened}, {@code updated}, {@code escalated} or {@code resolved}
 * @param nextAttemptAt when it is due (again)
 * @param attempts how many times sending it failed
 * @param lastError the last failure, or null
 * @param deliveredAt when the channel accepted it, or null while it waits
 */
public record OutboxMessage(
        long id,
        long alertId,
        String channel,
        String event,
        Instant createdAt,
        Instant nextAttemptAt,
        int attempts,
        String lastError,
        Instant deliveredAt) {}
