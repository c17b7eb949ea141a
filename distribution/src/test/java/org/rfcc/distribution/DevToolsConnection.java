package org.rfcc.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One Chrome DevTools protocol connection over the JDK's WebSocket: each command waits for the
 * answer with its id, events go to the listeners. {@link Chromium} speaks through it.
 */
final class DevToolsConnection implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<String> diagnostics;
    private final AtomicInteger lastId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    /** Connects to {@code url}; {@code diagnostics} is added to every error, such as the browser's output. */
    DevToolsConnection(URI url, Supplier<String> diagnostics) {
        this.diagnostics = diagnostics;
        this.socket = await(
                HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(url, new Receiver()),
                COMMAND_TIMEOUT,
                "the DevTools WebSocket " + url);
    }

    /** Sends a command and returns its result; throws when Chromium answers with an error or not at all. */
    JsonNode send(String method, ObjectNode params) {
        int id = lastId.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        try {
            // A WebSocket sends one message at a time: the next send waits for this one.
            synchronized (socket) {
                await(socket.sendText(message.toString(), true), COMMAND_TIMEOUT, "sending " + method);
            }
            JsonNode response = await(answer, COMMAND_TIMEOUT, "the answer to " + method);
            if (response.has("error")) {
                throw new IllegalStateException(method + " failed: " + response.get("error"));
            }
            return response.path("result");
        } finally {
            pending.remove(id);
        }
    }

    JsonNode send(String method) {
        return send(method, JSON.createObjectNode());
    }

    /** Hands every event ({@code method} and {@code params}) to {@code listener} until it is removed. */
    void addListener(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<JsonNode> listener) {
        listeners.remove(listener);
    }

    /** Waits for {@code stage}; after {@code timeout} fails with what it waited for and the diagnostics. */
    <T> T await(CompletionStage<T> stage, Duration timeout, String what) {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "waited " + timeout.toMillis() + " ms for " + what + " in vain; " + diagnostics.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause() + "; " + diagnostics.get(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    @Override
    public void close() {
        socket.abort();
        failAll(new IllegalStateException("the DevTools connection was closed"));
    }

    private void failAll(Throwable cause) {
        pending.values().forEach(f -> f.completeExceptionally(cause));
    }

    /** Joins a message's parts, completes the command with its id or hands the event to the listeners. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = parse(text.toString());
                text.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer =
                            pending.get(message.get("id").asInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else {
                    listeners.forEach(l -> l.accept(message));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failAll(new IllegalStateException("Chromium closed the DevTools connection: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failAll(error);
        }

        private JsonNode parse(String raw) {
            try {
                return JSON.readTree(raw);
            } catch (IOException e) {
                throw new IllegalStateException("Chromium sent a message that is not JSON: " + raw, e);
            }
        }
    }
}
