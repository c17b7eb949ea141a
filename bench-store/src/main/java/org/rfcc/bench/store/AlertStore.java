package org.rfcc.bench.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The alerts of a history, their transitions and their outbox ({@link HistoryStore#alerts}): in the
 * same database, so that a run's alerts and messages land in the run's transaction.
 */
public interface AlertStore {
    /** Stores a new alert with its first transition and the messages about it; returns its id. */
    long open(StoredAlert alert, AlertEvent event, List<String> channels);

    /**
     * Keeps {@code alert} in place of the stored one with its id, records {@code event}, and queues
     * a message of that event for each of {@code channels} (none when empty).
     */
    void update(StoredAlert alert, AlertEvent event, List<String> channels);

    /** The alert with {@code id}. */
    Optional<StoredAlert> alert(long id);

    /** Every alert in {@code state} (all when null), oldest first. */
    List<StoredAlert> alerts(String state);

    /** The transitions of alert {@code id}, oldest first. */
    List<AlertEvent> events(long id);

    /** The messages about alert {@code id}, oldest first. */
    List<OutboxMessage> messages(long id);

    /** The messages not yet delivered whose attempt is due at {@code now}, oldest first. */
    List<OutboxMessage> due(Instant now);

    /** Records that the channel accepted message {@code id} at {@code at}. */
    void delivered(long id, Instant at);

    /** Records a failed attempt at message {@code id}: its count, the next attempt and the error. */
    void failed(long id, int attempts, Instant next, String error);
}
