package org.rfcc.bench.alerts;

/** Where alert messages go: GitHub, Slack, email or a webhook. */
public interface Channel {
    /** Its name in alerts.yaml's {@code notification.channels}. */
    String name();

    /**
     * Delivers {@code notice}; returns once the receiver accepted it.
     *
     * @throws DeliveryException when it did not, with a message that holds no secret
     */
    void send(Notice notice) throws DeliveryException;
}
