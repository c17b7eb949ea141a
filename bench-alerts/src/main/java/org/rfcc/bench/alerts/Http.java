package org.rfcc.bench.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.rfcc.bench.model.UserException;

/**
 * The HTTP of the channels: JSON over a client that follows no redirect (a webhook URL that moves to
 * another host is not trusted with the message) and gives up on a silent receiver. Errors name the
 * status or the kind of failure, never the URL, which may hold a token (Slack's does).
 */
final class Http {
    /** How long a receiver may take to answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {}

    /** The answer's status and body. */
    record Answer(int status, String body) {}

    /** Sends {@code body} with {@code method} to {@code uri}; an answer other than 2xx throws. */
    static Answer send(String method, URI uri, Map<String, String> headers, String body) throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "rfcc-bench")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new DeliveryException("cannot reach " + uri.getHost() + ":" + port(uri) + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted");
        }
        int status = response.statusCode();
        if (status / 100 == 3) {
            throw new DeliveryException("HTTP " + status + ": a redirect, not followed");
        }
        if (status / 100 != 2) {
            throw new DeliveryException("HTTP " + status);
        }
        return new Answer(status, response.body());
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
    }

    /**
     * {@code text} as an http(s) URL with a host, or a one-line error naming {@code variable} (not the value,
     * which may be a secret).
     */
    static URI url(String variable, String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new UserException(variable + " is not a URL; expected http(s)://host/path");
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new UserException(variable + " is not an http(s) URL with a host; expected http(s)://host/path");
        }
        return uri;
    }
}
