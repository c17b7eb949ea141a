package org.rfcc.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rfcc.bench.model.Json;

/**
 * The runs in progress that {@code run --live} tells of, and the browsers listening to {@code /api/events}: each
 * event goes to every listener as it comes ({@code live}), as do the runs stored ({@code stored}) and the alerts
 * moved ({@code alert}). A finished run stays listed for {@link #KEPT}, so that a page opened just after it still
 * shows how it ended.
 */
final class Live implements AutoCloseable {
    static final Duration KEPT = Duration.ofMinutes(10);
    /** The most runs in progress it keeps: a feed of ever new ids cannot fill the memory. */
    private static final int MAX_RUNS = 100;

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectNode> runs = new LinkedHashMap<>();

    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("hello", Json.compact(runs()));
    }

    /** One event of a run in progress: {@code planned}, {@code started}, {@code finished} or {@code done}. */
    void event(JsonNode event) {
        String id = event.get("live_id").asText();
        String kind = event.get("event").asText();
        synchronized (runs) {
            forget(Instant.now());
            ObjectNode run = runs.computeIfAbsent(id, k -> {
                ObjectNode n = Json.MAPPER.createObjectNode().put("live_id", k);
                n.putArray("finished");
                return n;
            });
            run.put("updated_at", Instant.now().toString());
            run.put("state", kind.equals("done") ? "done" : "running");
            if (event.has("total")) {
                run.put("total", event.get("total").asInt());
            }
            if (event.has("benchmarks")) {
                run.set("benchmarks", event.get("benchmarks"));
            }
            if (kind.equals("started")) {
                run.put("current", event.path("benchmark").asText());
            }
            if (kind.equals("finished") || kind.equals("done")) {
                ((ArrayNode) run.get("finished")).add(event);
                run.remove("current");
            }
        }
        broadcast("live", Json.compact(event));
    }

    void stored(String runId) {
        broadcast("stored", Json.compact(Map.of("run_id", runId)));
    }

    void alertMoved(long id) {
        broadcast("alert", Json.compact(Map.of("id", id)));
    }

    /** The runs in progress, and those finished within {@link #KEPT}, oldest first. */
    List<JsonNode> runs() {
        synchronized (runs) {
            forget(Instant.now());
            return runs.values().stream().<JsonNode>map(ObjectNode::deepCopy).toList();
        }
    }

    private void forget(Instant now) {
        runs.values().removeIf(r -> Instant.parse(r.get("updated_at").asText()).isBefore(now.minus(KEPT)));
        while (runs.size() > MAX_RUNS) {
            runs.remove(runs.keySet().iterator().next());
        }
    }

    private void broadcast(String name, String data) {
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(name, data);
            }
        }
    }

    @Override
    public void close() {
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
