package org.rfcc.bench.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.SeriesNames;
import org.rfcc.bench.store.AlertStore;
import org.rfcc.bench.store.OutboxMessage;
import org.rfcc.bench.store.StoredAlert;

/**
 * An alert as {@code alerts list --format json} and the webhook show it (CONTRACT.md, "Alerts").
 *
 * @param deliveries each message about it: its channel and event, {@code delivered} (at when), {@code failed} (to
 *     be tried again at its next attempt, with the error) or {@code pending}
 */
@JsonPropertyOrder({
    "id",
    "state",
    "level",
    "kind",
    "suite",
    "benchmark",
    "params",
    "metric",
    "machine",
    "profile",
    "run_id",
    "commit",
    "change_pct",
    "change_ci_pct",
    "baseline_value",
    "value",
    "p_value",
    "opened_at",
    "updated_at",
    "escalated_at",
    "deliveries"
})
public record AlertView(
        long id,
        String state,
        String level,
        String kind,
        String suite,
        String benchmark,
        Map<String, Object> params,
        String metric,
        String machine,
        String profile,
        @JsonProperty("run_id") String runId,
        String commit,
        @JsonProperty("change_pct") Double changePct,
        @JsonProperty("change_ci_pct") List<Double> changeCiPct,
        @JsonProperty("baseline_value") Double baselineValue,
        Double value,
        @JsonProperty("p_value") Double pValue,
        @JsonProperty("opened_at") Instant openedAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("escalated_at") Instant escalatedAt,
        List<Delivery> deliveries) {
    /** One message about the alert. */
    @JsonPropertyOrder({"channel", "event", "status", "at", "next_attempt_at", "error"})
    public record Delivery(
            String channel,
            String event,
            String status,
            Instant at,
            @JsonProperty("next_attempt_at") Instant nextAttemptAt,
            String error) {}

    /** The series' name as history and reports show it. */
    @JsonIgnore
    public String seriesName() {
        return SeriesNames.name(suite, benchmark, metric, params);
    }

    /** {@code a} with its deliveries from {@code store}. */
    public static AlertView of(StoredAlert a, AlertStore store) {
        return of(a, store.messages(a.id()));
    }

    static AlertView of(StoredAlert a, List<OutboxMessage> messages) {
        return new AlertView(
                a.id(),
                a.state(),
                a.level(),
                a.kind(),
                a.series().suite(),
                a.series().benchmark(),
                a.series().params(),
                a.series().metric(),
                a.series().machine(),
                a.series().profile(),
                a.runId(),
                a.commit(),
                a.changePct(),
                a.changeLowPct() == null ? null : List.of(a.changeLowPct(), a.changeHighPct()),
                a.baselineValue(),
                a.value(),
                a.pValue(),
                a.openedAt(),
                a.updatedAt(),
                a.escalatedAt(),
                messages.stream()
                        .map(m -> new Delivery(
                                m.channel(),
                                m.event(),
                                m.deliveredAt() != null ? "delivered" : m.attempts() > 0 ? "failed" : "pending",
                                m.deliveredAt(),
                                m.deliveredAt() == null ? m.nextAttemptAt() : null,
                                m.lastError()))
                        .toList());
    }
}
