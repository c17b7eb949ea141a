package org.rfcc.bench.alerts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rfcc.bench.model.Json;

/**
 * A JSON POST to {@code RFCC_BENCH_WEBHOOK_URL}: {@code {"event", "message", "alert"}} (the alert as
 * {@code alerts list --format json} shows it), signed in {@code X-Rfcc-Bench-Signature: sha256=<hex
 * HMAC-SHA256 of the body>} with {@code RFCC_BENCH_WEBHOOK_SECRET}, and {@code X-Rfcc-Bench-Delivery}
 * holding the message's id: a message may come twice (after a {@code notify} killed between sending and
 * recording), never with another id, so a receiver drops what it has seen.
 */
final class WebhookChannel implements Channel {
    static final String SIGNATURE = "X-Rfcc-Bench-Signature";
    static final String DELIVERY = "X-Rfcc-Bench-Delivery";

    private final URI url;
    private final byte[] secret;

    WebhookChannel(URI url, String secret) {
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(Notice notice) throws DeliveryException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", notice.event());
        body.put("message", AlertText.title(notice));
        body.put("alert", AlertView.of(notice.alert(), List.of()));
        if (notice.where() != null) {
            body.put("where", notice.where());
        }
        String json = Json.compact(body);
        Http.send(
                "POST",
                url,
                Map.of(SIGNATURE, "sha256=" + sign(secret, json), DELIVERY, Long.toString(notice.id())),
                json);
    }

    /** The hex HMAC-SHA256 of {@code body} under {@code key}. */
    static String sign(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }
}
