package org.rfcc.bench.alerts;

import org.rfcc.bench.store.StoredAlert;

/**
 * One message for a channel: what happened to an alert.
 *
 * @param id the outbox message's id, which receivers get as the idempotency key (0 for a test message)
 * @param event {@code opened}, {@code updated}, {@code escalated}, {@code resolved} or {@code test}
 * @param where where the time of the alert's benchmark went, from its run's {@code --profile-diff}
 *     ({@code Method +41% of samples (27% → 68%); differential flamegraph: PATH}), or null
 */
public record Notice(long id, StoredAlert alert, String event, String where) {
    /** A notice with no profile of its regression. */
    public Notice(long id, StoredAlert alert, String event) {
        this(id, alert, event, null);
    }
}
