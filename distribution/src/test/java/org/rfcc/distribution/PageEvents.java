package org.rfcc.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Sorts the DevTools events of one page load into what {@link Chromium.Page} reports: console
 * errors, uncaught exceptions and error log entries; every URL requested other than the page's
 * own and {@code data:}; and the load event.
 */
final class PageEvents implements Consumer<JsonNode> {
    private final String pageUrl;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    PageEvents(String pageUrl) {
        this.pageUrl = pageUrl;
    }

    @Override
    public void accept(JsonNode event) {
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    errors.add("console." + type + ": " + consoleText(params.path("args")));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("uncaught " + exceptionText(params.path("exceptionDetails")));
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (entry.path("level").asText().equals("error")) {
                    String where = entry.has("url") ? " " + entry.get("url").asText() : "";
                    errors.add("log " + entry.path("source").asText() + ": "
                            + entry.path("text").asText() + where);
                }
            }
            case "Network.requestWillBeSent" -> {
                String url = params.path("request").path("url").asText();
                // A fragment does not make the page's own URL a second request; data: URLs are inline.
                if (!url.replaceFirst("#.*", "").equals(pageUrl) && !url.startsWith("data:")) {
                    requests.add(url);
                }
            }
            case "Page.loadEventFired" -> loaded.complete(null);
            default -> {}
        }
    }

    /** Completes when the page fired its load event. */
    CompletableFuture<Void> loaded() {
        return loaded;
    }

    /** What has been seen so far. */
    Chromium.Page page() {
        return new Chromium.Page(errors, requests);
    }

    /** An exception's description (message and stack) or, for a thrown non-Error, its text; and where. */
    static String exceptionText(JsonNode details) {
        String description = details.path("exception").path("description").asText("");
        return (description.isEmpty() ? details.path("text").asText() : description) + " at "
                + details.path("url").asText("?") + ":"
                + (details.path("lineNumber").asInt() + 1);
    }

    private static String consoleText(JsonNode args) {
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(
                a.has("value") ? a.get("value").asText() : a.path("description").asText()));
        return String.join(" ", parts);
    }
}
