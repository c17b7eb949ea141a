package org.rfcc.bench.alerts;

import java.time.Instant;
import java.util.List;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.AlertStore;
import org.rfcc.bench.store.StoredAlert;

/**
 * What people do with an alert: acknowledge it (no escalation then), mark it expected (an intended
 * change: its benchmark's baseline restarts at its run), dismiss it (perhaps as a false positive, which
 * counts against the alerts' precision) or resolve it. Each is a transition stored with who, when and
 * a note; only a standing alert (open or acknowledged) takes one, and only an open one is acknowledged.
 */
public final class Lifecycle {
    /** The states an alert may be in. */
    public static final List<String> STATES = List.of("open", "acknowledged", "expected", "dismissed", "resolved");

    private Lifecycle() {}

    /** Acknowledges open alert {@code id}. */
    public static StoredAlert ack(AlertStore alerts, long id, String by, String note, Instant now) {
        StoredAlert a = standing(alerts, id, "acknowledged");
        if (!a.state().equals("open")) {
            throw new UserException("alert " + id + " is acknowledged already");
        }
        return move(alerts, a, "acknowledged", by, note, now, false);
    }

    /** Marks standing alert {@code id} as an intended change: its benchmark's baseline restarts at its run. */
    public static StoredAlert expected(AlertStore alerts, long id, String by, String note, Instant now) {
        return move(alerts, standing(alerts, id, "marked expected"), "expected", by, note, now, false);
    }

    /** Dismisses standing alert {@code id}, as a false positive when {@code falsePositive}. */
    public static StoredAlert dismiss(
            AlertStore alerts, long id, boolean falsePositive, String by, String note, Instant now) {
        return move(alerts, standing(alerts, id, "dismissed"), "dismissed", by, note, now, falsePositive);
    }

    /** Resolves standing alert {@code id}. */
    public static StoredAlert resolve(AlertStore alerts, long id, String by, String note, Instant now) {
        return move(alerts, standing(alerts, id, "resolved"), "resolved", by, note, now, false);
    }

    private static StoredAlert standing(AlertStore alerts, long id, String verb) {
        StoredAlert a = alerts.alert(id)
                .orElseThrow(() -> new UserException("no alert " + id + "; alerts list --state all shows them all"));
        if (!a.standing()) {
            throw new UserException(
                    "alert " + id + " is " + a.state() + "; only an open or acknowledged alert is " + verb);
        }
        return a;
    }

    private static StoredAlert move(
            AlertStore alerts,
            StoredAlert a,
            String state,
            String by,
            String note,
            Instant now,
            boolean falsePositive) {
        StoredAlert moved = a.withState(state, now);
        if (falsePositive) {
            moved = moved.asFalsePositive();
        }
        String said = falsePositive ? join("false positive", note) : note;
        alerts.update(moved, new AlertEvent(now, state, by, said, null), List.of());
        return moved;
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + ": " + b;
    }
}
