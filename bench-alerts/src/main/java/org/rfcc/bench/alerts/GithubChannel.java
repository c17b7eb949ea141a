package org.rfcc.bench.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rfcc.bench.model.Json;

/**
 * GitHub: a comment on the pull request, created once and then edited in place (found by the hidden
 * {@value #MARKER} it carries, as github-action-benchmark marks its own), and a commit status, context
 * {@code rfcc-bench}, on the alert's commit: failure while it stands, success once it is resolved.
 * {@code GITHUB_API_URL} points it at GitHub Enterprise, or a test server.
 */
final class GithubChannel implements Channel {
    static final String MARKER = "<!-- rfcc-bench -->";

    private final URI api;
    private final String token;
    private final String repository;
    private final Integer pullRequest;

    /** @param pullRequest the pull request to comment on, or null to set commit statuses only */
    GithubChannel(URI api, String token, String repository, Integer pullRequest) {
        this.api = api;
        this.token = token;
        this.repository = repository;
        this.pullRequest = pullRequest;
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    public void send(Notice notice) throws DeliveryException {
        if (pullRequest != null) {
            comment(MARKER + "\n" + AlertText.markdown(notice));
        }
        String commit = notice.alert().commit();
        if (commit != null) {
            Map<String, Object> status = new LinkedHashMap<>();
            boolean resolved = notice.event().equals("resolved");
            status.put("state", resolved ? "success" : "failure");
            status.put("description", AlertText.clip((resolved ? "resolved: " : "") + AlertText.title(notice), 140));
            status.put("context", "rfcc-bench");
            Http.send("POST", resolve("/repos/" + repository + "/statuses/" + commit), headers(), Json.compact(status));
        }
    }

    /** Edits this tool's comment on the pull request, or makes it when there is none. */
    private void comment(String body) throws DeliveryException {
        String json = Json.compact(Map.of("body", body));
        Long existing = existing();
        if (existing == null) {
            Http.send(
                    "POST", resolve("/repos/" + repository + "/issues/" + pullRequest + "/comments"), headers(), json);
        } else {
            Http.send("PATCH", resolve("/repos/" + repository + "/issues/comments/" + existing), headers(), json);
        }
    }

    /** The id of the comment that carries {@link #MARKER}, or null (the first 100 comments are looked at). */
    private Long existing() throws DeliveryException {
        Http.Answer answer = Http.send(
                "GET",
                resolve("/repos/" + repository + "/issues/" + pullRequest + "/comments?per_page=100"),
                headers(),
                null);
        try {
            for (JsonNode c : Json.MAPPER.readTree(answer.body())) {
                if (c.path("body").asText("").contains(MARKER)) {
                    return c.path("id").asLong();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DeliveryException("the comments GitHub listed are not JSON");
        }
        return null;
    }

    private Map<String, String> headers() {
        return Map.of(
                "Authorization", "Bearer " + token,
                "Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28");
    }

    private URI resolve(String path) {
        String base = api.toString().replaceAll("/+$", "");
        return URI.create(base + path);
    }
}
