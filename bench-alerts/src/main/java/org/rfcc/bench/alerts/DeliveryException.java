package org.rfcc.bench.alerts;

/** A channel did not accept a message; the message says why and holds no secret. */
public final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message) {
        super(message);
    }
}
