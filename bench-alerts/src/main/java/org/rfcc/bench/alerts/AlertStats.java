package org.rfcc.bench.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.AlertStore;
import org.rfcc.bench.store.OutboxMessage;
import org.rfcc.bench.store.StoredAlert;

/**
 * How the alerts have done ({@code alerts stats}): how many are in each state at each level; their
 * precision, 1 − (dismissed as false positives ÷ alerts a person closed: marked expected, dismissed or
 * resolved by hand), null before anyone closed one; and how fast they came: from the raising run's
 * storing, and from its commit, to the first delivery of the alert.
 *
 * @param counts alerts by state, then by level
 * @param storedToDelivered seconds from a run's storing to its alert's first delivery: median and max, or null
 * @param commitToDelivered seconds from the commit to that delivery: median and max, or null
 */
@JsonPropertyOrder({
    "alerts",
    "counts",
    "closed_by_people",
    "false_positives",
    "precision",
    "stored_to_delivered_s",
    "commit_to_delivered_s"
})
public record AlertStats(
        int alerts,
        Map<String, Map<String, Integer>> counts,
        @JsonProperty("closed_by_people") int closedByPeople,
        @JsonProperty("false_positives") int falsePositives,
        Double precision,
        @JsonProperty("stored_to_delivered_s") Spread storedToDelivered,
        @JsonProperty("commit_to_delivered_s") Spread commitToDelivered) {
    /** The median and maximum of some durations, in seconds, and how many there were. */
    public record Spread(int count, double median, double max) {
        static Spread of(List<Duration> durations) {
            if (durations.isEmpty()) {
                return null;
            }
            double[] s = durations.stream()
                    .mapToDouble(d -> d.toMillis() / 1000.0)
                    .sorted()
                    .toArray();
            int n = s.length;
            return new Spread(n, n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2, s[n - 1]);
        }
    }

    /** The figures of every alert in {@code store}. */
    public static AlertStats of(AlertStore store) {
        List<StoredAlert> all = store.alerts(null);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        int closed = 0;
        int falsePositives = 0;
        List<Duration> fromStored = new ArrayList<>();
        List<Duration> fromCommit = new ArrayList<>();
        for (StoredAlert a : all) {
            counts.computeIfAbsent(a.state(), k -> new TreeMap<>()).merge(a.level(), 1, Integer::sum);
            if (!a.standing() && closedByPerson(store.events(a.id()))) {
                closed++;
                if (a.falsePositive()) {
                    falsePositives++;
                }
            }
            Optional<Instant> delivered = store.messages(a.id()).stream()
                    .map(OutboxMessage::deliveredAt)
                    .filter(t -> t != null)
                    .min(Instant::compareTo);
            if (delivered.isPresent()) {
                fromStored.add(Duration.between(a.storedAt(), delivered.get()));
                if (a.committedAt() != null) {
                    fromCommit.add(Duration.between(a.committedAt(), delivered.get()));
                }
            }
        }
        Double precision = closed == 0 ? null : 1 - (double) falsePositives / closed;
        return new AlertStats(
                all.size(), counts, closed, falsePositives, precision, Spread.of(fromStored), Spread.of(fromCommit));
    }

    /** Whether the transition that closed an alert (the last one) was a person's. */
    private static boolean closedByPerson(List<AlertEvent> events) {
        return !events.isEmpty() && !events.get(events.size() - 1).by().equals(AlertRaiser.SELF);
    }
}
