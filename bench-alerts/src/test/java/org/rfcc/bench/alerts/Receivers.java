package org.rfcc.bench.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.rfcc.bench.model.Json;

/**
 * Real HTTP servers on loopback (the JDK's HttpServer) standing in for a Slack webhook, a webhook receiver and the
 * GitHub API (pull-request comments, found and edited in place, and commit statuses), each request kept. A path can be
 * told to answer 500 a number of times first, or to answer late.
 */
final class Receivers implements AutoCloseable {
    /** One request as received. */
    record Request(String method, String path, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    final List<Request> requests = new ArrayList<>();
    final Map<Long, String> comments = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> delaysMs = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final HttpServer server;
    private long nextComment = 100;

    Receivers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code times} requests to a path starting with {@code prefix} get a 500. */
    void fail(String prefix, int times) {
        failures.put(prefix, new AtomicInteger(times));
    }

    /** Requests to a path starting with {@code prefix} are sent on to {@code location} with a 302. */
    void redirect(String prefix, String location) {
        redirects.put(prefix, location);
    }

    /** Requests to a path starting with {@code prefix} are answered after {@code ms}. */
    void delay(String prefix, int ms) {
        delaysMs.put(prefix, ms);
    }

    synchronized List<Request> to(String prefix) {
        return requests.stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), path, headers, body));
        }
        delaysMs.forEach((prefix, ms) -> {
            if (path.startsWith(prefix)) {
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        for (Map.Entry<String, String> r : redirects.entrySet()) {
            if (path.startsWith(r.getKey())) {
                exchange.getResponseHeaders().add("Location", r.getValue());
                answer(exchange, 302, "{}");
                return;
            }
        }
        for (Map.Entry<String, AtomicInteger> f : failures.entrySet()) {
            if (path.startsWith(f.getKey()) && f.getValue().getAndDecrement() > 0) {
                answer(exchange, 500, "{\"message\":\"down\"}");
                return;
            }
        }
        answer(exchange, github(exchange.getRequestMethod(), path, body));
    }

    /** GitHub's answers: the comments of pull request 7 of o/r, and statuses; anything else 200 with {}. */
    private synchronized Object[] github(String method, String path, String body) throws IOException {
        if (path.endsWith("/repos/o/r/issues/7/comments")) {
            if (method.equals("GET")) {
                List<Map<String, Object>> list = new ArrayList<>();
                comments.forEach((id, text) -> list.add(Map.of("id", id, "body", text)));
                return new Object[] {200, Json.compact(list)};
            }
            long id = nextComment++;
            comments.put(id, Json.MAPPER.readTree(body).path("body").asText());
            return new Object[] {201, Json.compact(Map.of("id", id))};
        }
        if (path.contains("/repos/o/r/issues/comments/") && method.equals("PATCH")) {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            if (!comments.containsKey(id)) {
                return new Object[] {404, "{}"};
            }
            comments.put(id, Json.MAPPER.readTree(body).path("body").asText());
            return new Object[] {200, "{}"};
        }
        return new Object[] {path.contains("/statuses/") ? 201 : 200, "{}"};
    }

    private static void answer(HttpExchange exchange, Object[] answer) throws IOException {
        answer(exchange, (Integer) answer[0], (String) answer[1]);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
