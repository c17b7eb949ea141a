package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.RunRecord;

/**
 * Reads github-action-benchmark's whole history: {@code data.js} on the gh-pages branch ({@code
 * window.BENCHMARK_DATA = {lastUpdate, repoUrl, entries: {suite: [entry, …]}}}) or the same object
 * as JSON. Every entry of every suite becomes a run of its own, read as the file streams by:
 *
 * <ul>
 *   <li>its id is a digest of its suite's name and its parsed content, so a second import of a
 *       longer history adds only the new entries;
 *   <li>it starts at the entry's {@code date} (when the action ran), else its commit's timestamp;
 *   <li>git keeps the commit's id, message, author and timestamp; config the entry's {@code tool},
 *       suite and links;
 *   <li>a bench's direction comes from its tool ({@link GabReader#direction}).
 * </ul>
 */
final class GabHistory {
    /** The field of the history that holds the suites. */
    static final String ENTRIES = "entries";
    /** The history's other top-level fields. */
    static final Set<String> TOP = Set.of("lastUpdate", "repoUrl");

    private final String file;
    private final Labels labels;
    private final Direction otherwise;
    private final List<String> notes;
    /** Names repeated within an entry (the action's chart cannot show them apart either), with how often. */
    private final Map<String, Integer> repeated = new TreeMap<>();

    private String repoUrl;

    /**
     * @param otherwise the direction of benches of a tool the action does not name
     */
    GabHistory(String file, Labels labels, Direction otherwise, List<String> notes) {
        this.file = file;
        this.labels = labels;
        this.otherwise = otherwise;
        this.notes = notes;
    }

    /** Reads the object whose first field name {@code p} is at, {@code field}, handing {@code sink} each run. */
    void read(JsonParser p, String field, Consumer<RunRecord> sink) throws IOException {
        boolean entries = false;
        for (String name = field; name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if (name.equals(ENTRIES)) {
                if (value != JsonToken.START_OBJECT) {
                    throw new IngestException(file, "\"entries\" is not an object of suites");
                }
                suites(p, sink);
                entries = true;
            } else if (name.equals("repoUrl") && value == JsonToken.VALUE_STRING) {
                repoUrl = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (!entries) {
            throw new IngestException(file, "a github-action-benchmark history without \"entries\"");
        }
        repeated.forEach((bench, n) -> notes.add("kept the first of the benches named " + bench + " in each entry, " + n
                + (n == 1 ? " time" : " times") + ": an entry repeated the name"));
    }

    private void suites(JsonParser p, Consumer<RunRecord> sink) throws IOException {
        for (String suite = p.nextFieldName(); suite != null; suite = p.nextFieldName()) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IngestException(file, "suite \"" + suite + "\" is not an array of entries");
            }
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonNode entry = p.readValueAsTree();
                RunRecord run = run(suite, ++n, entry);
                if (run != null) {
                    sink.accept(run);
                }
            }
        }
    }

    private RunRecord run(String suite, int n, JsonNode entry) {
        String where = "entry " + n + " of suite \"" + suite + "\"";
        if (!entry.isObject()) {
            throw new IngestException(file, where + " is " + entry + ", not an object");
        }
        JsonNode commit = entry.path("commit");
        Instant committed = instant(commit.path("timestamp").asText(null));
        Instant at = entry.path("date").isNumber()
                ? Instant.ofEpochMilli(entry.get("date").asLong())
                : committed;
        if (at == null) {
            throw new IngestException(file, where + " has neither \"date\" nor a commit \"timestamp\"");
        }
        String tool = Fields.optionalText(entry, "tool");
        JsonNode benches = entry.path("benches");
        if (!benches.isArray()) {
            throw new IngestException(file, where + " has no \"benches\" array");
        }
        if (benches.isEmpty()) {
            notes.add(where + " has no benches; left out");
            return null;
        }
        GabReader reader = new GabReader(file);
        for (int i = 0; i < benches.size(); i++) {
            JsonNode bench = benches.get(i);
            Direction direction = GabReader.direction(tool, GabReader.unit(bench), otherwise);
            if (!reader.add(bench, i + 1, suite, direction, true)) {
                repeated.merge(bench.path("name").asText(), 1, Integer::sum);
            }
        }
        Map<String, Object> config = new LinkedHashMap<>();
        put(config, "tool", tool);
        config.put("gab_suite", suite);
        put(config, "repo_url", repoUrl);
        put(config, "commit_url", commit.path("url").asText(null));
        return new RunRecord(
                RunRecord.SCHEMA,
                new Canonical("gab-entry").text(suite).add(entry).id(),
                at,
                at,
                Ingest.SOURCE,
                Ingest.SOURCE,
                new GitInfo(
                        commitId(commit.path("id").asText(null)),
                        labels.branch(),
                        false,
                        commit.path("message").asText(null),
                        author(commit.path("author")),
                        committed),
                Ingest.machine(labels, null),
                config,
                reader.results(),
                List.of(),
                null);
    }

    private static void put(Map<String, Object> config, String key, String value) {
        if (value != null) {
            config.put(key, value);
        }
    }

    /** A full commit id in lower case, or null for anything else (the action may hold a PR's title). */
    private static String commitId(String id) {
        return id != null && id.matches("[0-9a-fA-F]{40}") ? id.toLowerCase(Locale.ROOT) : null;
    }

    /** {@code Name <email>}, or the name or username alone; null when the entry names nobody. */
    private static String author(JsonNode author) {
        String name = author.path("name").asText(null);
        String email = author.path("email").asText(null);
        if (name == null) {
            return author.path("username").asText(null);
        }
        return email == null ? name : name + " <" + email + ">";
    }

    private static Instant instant(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
