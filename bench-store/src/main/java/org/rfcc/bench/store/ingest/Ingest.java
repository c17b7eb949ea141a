package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.RunRecord;

/**
 * Turns one file into one run record for the history, recognising its format: our run record
 * (kept as it is), JMH JSON ({@code -rf json}) or github-action-benchmark JSON.
 *
 * <p>An imported JMH or github-action-benchmark file becomes a run with source {@value #SOURCE}, a run id derived from the file's bytes (the same file gives the same id, so
 * importing it twice stores it once), start and finish at the file's last-modified time, and git
 * and machine from the {@link Labels}.
 */
public final class Ingest {
    /**
     * The source of imported runs, and the profile of github-action-benchmark imports; imported
     * JMH runs have profile {@value Defaults#JMH_PROFILE}, as runs of a JMH jar do.
     */
    public static final String SOURCE = "ingest";

    /** The machine fingerprint of imports when {@code --machine} is not given. */
    public static final String UNKNOWN_MACHINE = "unknown";

    static final String ACCEPTED = "not a run record, JMH JSON or github-action-benchmark JSON";

    private static final ObjectReader TREE = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private enum Format {
        RUN_RECORD,
        JMH,
        GAB
    }

    private Ingest() {}

    /** The run in {@code file}; github-action-benchmark metrics are taken as lower-is-better. */
    public static RunRecord parse(Path file, Labels labels) {
        return parse(file, labels, Defaults.GAB_DIRECTION);
    }

    /** The run in {@code file}, github-action-benchmark metrics taken in {@code gabDirection}. */
    public static RunRecord parse(Path file, Labels labels, Direction gabDirection) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(gabDirection, "gabDirection");
        String name = file.toString();
        byte[] bytes = read(file, name);
        JsonNode root = tree(bytes, name);
        try {
            RunRecord run =
                    switch (recognise(root, name)) {
                        case RUN_RECORD -> RunRecords.read(bytes, root, labels, name);
                        case JMH -> imported(
                                file,
                                bytes,
                                labels,
                                Defaults.JMH_PROFILE,
                                JmhReader.jvm(root),
                                JmhReader.config(root),
                                JmhReader.results(root, name));
                        case GAB -> imported(
                                file,
                                bytes,
                                labels,
                                SOURCE,
                                null,
                                Map.of(),
                                GabReader.results(root, gabDirection, name));
                    };
            checkSeriesUnique(run, name);
            return run;
        } catch (IllegalArgumentException e) {
            // a model constructor refused a value the readers let through
            throw new IngestException(name, firstLine(e.getMessage()), e);
        }
    }

    /**
     * The run record in {@code json}, read as every run record is (ingest, restore and report share
     * this one reader): fields beside the contract's are ignored, values derived from the samples.
     *
     * @param where the file and line it came from, for messages
     */
    public static RunRecord record(byte[] json, String where) {
        JsonNode root = tree(json, where);
        if (recognise(root, where) != Format.RUN_RECORD) {
            throw new IngestException(where, "not a run record (schema " + RunRecord.SCHEMA + ")");
        }
        return RunRecords.read(json, root, Labels.none(), where);
    }

    /**
     * What JMH's JSON in {@code json} holds: the JVM it ran on, its settings as a run's config, and
     * the results, read exactly as {@code ingest} reads a JMH file (the route of {@code run --jmh-jar}).
     *
     * @param where where the JSON came from, for messages
     */
    public static JmhOutput jmh(byte[] json, String where) {
        JsonNode root = tree(json, where);
        if (!root.isArray() || root.isEmpty() || !JmhReader.recognises(root.get(0))) {
            throw new IngestException(where, "not JMH's JSON result format");
        }
        return new JmhOutput(JmhReader.jvm(root), JmhReader.config(root), JmhReader.results(root, where));
    }

    /**
     * The content of one JMH JSON file.
     *
     * @param jvm {@code "vmName vmVersion"}, or null when JMH did not write them
     */
    public record JmhOutput(String jvm, Map<String, Object> config, List<BenchmarkResult> results) {}

    /** The machine of an import: the label's fingerprint (or {@value #UNKNOWN_MACHINE}) and the JVM, if known. */
    static Machine machine(Labels labels, String jvm) {
        String fingerprint = labels.machine() != null ? labels.machine() : UNKNOWN_MACHINE;
        return new Machine(fingerprint, null, null, 0, 0L, jvm, List.of(), null, null, false);
    }

    /** The first line of a possibly multi-line message. */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static RunRecord imported(
            Path file,
            byte[] bytes,
            Labels labels,
            String profile,
            String jvm,
            Map<String, Object> config,
            List<BenchmarkResult> results) {
        Instant at = modified(file, file.toString());
        return new RunRecord(
                RunRecord.SCHEMA,
                UUID.nameUUIDFromBytes(bytes).toString(),
                at,
                at,
                profile,
                SOURCE,
                new GitInfo(labels.commit(), labels.branch(), false),
                machine(labels, jvm),
                config,
                results,
                List.of(),
                null);
    }

    private static Format recognise(JsonNode root, String name) {
        if (root.isObject()) {
            JsonNode schema = root.get("schema");
            if (schema == null) {
                throw new IngestException(name, ACCEPTED + " (a JSON object without \"schema\")");
            }
            if (!RunRecord.SCHEMA.equals(schema.asText(null))) {
                throw new IngestException(name, "unknown schema " + schema + "; expected \"" + RunRecord.SCHEMA + "\"");
            }
            return Format.RUN_RECORD;
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new IngestException(name, "no results (an empty JSON array)");
            }
            JsonNode first = root.get(0);
            if (JmhReader.recognises(first)) {
                return Format.JMH;
            }
            if (GabReader.recognises(first)) {
                return Format.GAB;
            }
            throw new IngestException(
                    name,
                    ACCEPTED
                            + " (an array whose first element has neither \"primaryMetric\" nor \"name\" and \"value\")");
        }
        String kind = root.getNodeType().name().toLowerCase(Locale.ROOT);
        throw new IngestException(name, ACCEPTED + " (a JSON " + kind + ")");
    }

    /** A series stored twice in one run would collide in the history; the store needs each once. */
    private static void checkSeriesUnique(RunRecord run, String name) {
        Set<List<Object>> seen = new HashSet<>();
        for (BenchmarkResult r : run.results()) {
            for (String metric : r.metrics().keySet()) {
                if (!seen.add(List.of(r.suite(), r.benchmark(), r.params(), metric))) {
                    String params = r.params().isEmpty() ? "" : r.params().toString();
                    throw new IngestException(
                            name, "series " + r.id() + "/" + metric + params + " appears more than once");
                }
            }
        }
    }

    private static byte[] read(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new IngestException(name, "is a directory, not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new IngestException(name, "permission denied", e);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read it (" + e.getMessage() + ")", e);
        }
    }

    private static Instant modified(Path file, String name) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read its last-modified time (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode tree(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = TREE.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IngestException(name, jsonProblem(e), e);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read it (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IngestException(name, "empty file, no JSON in it");
        }
        return root;
    }

    /** "truncated JSON at line 3, column 5" or "invalid JSON at …: what Jackson found". */
    private static String jsonProblem(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return "truncated JSON" + at;
        }
        if (original.startsWith("Non-standard token")) {
            // e.g. a bare NaN: JSON has no such number; JMH itself writes "NaN" as a string
            int colon = original.indexOf(':');
            return "invalid JSON" + at + ": " + (colon < 0 ? original : original.substring(0, colon))
                    + " where a number belongs";
        }
        if (original.startsWith("Trailing token")) {
            return "invalid JSON" + at + ": more content after the end of the JSON value";
        }
        return "invalid JSON" + at + ": " + original;
    }
}
