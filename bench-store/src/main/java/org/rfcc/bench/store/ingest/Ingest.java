package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.RunRecord;

/**
 * Reads the files of {@code ingest}: our run records (kept as they are), JMH JSON ({@code -rf
 * json}), github-action-benchmark's custom JSON and its whole history ({@code data.js}); gzip or
 * not. See {@link Imported} for how a file's runs are read.
 *
 * <p>An imported JMH or github-action-benchmark file becomes a run with source {@value #SOURCE}, a
 * run id derived from its parsed content ({@link Canonical}: the same results give the same id,
 * however the file is laid out, so importing them twice stores them once), its start from {@code
 * --started-at}, else the file's last-modified time, and git and machine from the {@link Labels}.
 */
public final class Ingest {
    /**
     * The source of imported runs, and the profile of github-action-benchmark imports; imported
     * JMH runs have profile {@value Defaults#JMH_PROFILE}, as runs of a JMH jar do.
     */
    public static final String SOURCE = "ingest";

    /** The machine fingerprint of imports when {@code --machine} is not given. */
    public static final String UNKNOWN_MACHINE = "unknown";

    static final String ACCEPTED =
            "not a run record, JMH JSON, github-action-benchmark JSON or a github-action-benchmark data.js";

    private static final ObjectReader TREE = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonFactory FACTORY = Json.MAPPER.getFactory();

    private Ingest() {}

    /** The file to import, read as {@link Imported#forEach} goes; github-action-benchmark values in {@code gabDirection}. */
    public static Imported read(Path file, Labels labels, Direction gabDirection) {
        return new Imported(file, labels, gabDirection);
    }

    /** The one run in {@code file}; github-action-benchmark metrics are taken as lower-is-better. */
    public static RunRecord parse(Path file, Labels labels) {
        return parse(file, labels, Defaults.GAB_DIRECTION);
    }

    /** The one run in {@code file}, github-action-benchmark metrics taken in {@code gabDirection}. */
    public static RunRecord parse(Path file, Labels labels, Direction gabDirection) {
        Imported imported = read(file, labels, gabDirection);
        List<RunRecord> runs = new ArrayList<>();
        imported.forEach(runs::add);
        if (runs.size() != 1) {
            throw new IngestException(imported.name(), "holds " + runs.size() + " runs where one run is expected");
        }
        return runs.get(0);
    }

    /**
     * The run record in {@code json}, read as every run record is (ingest, restore and report share
     * this one reader): fields beside the contract's are ignored, values derived from the samples.
     *
     * @param where the file and line it came from, for messages
     */
    public static RunRecord record(byte[] json, String where) {
        Source source = Source.of(json, where);
        JsonNode root = tree(source);
        if (!root.isObject() || !root.has("schema")) {
            throw new IngestException(where, "not a run record (schema " + RunRecord.SCHEMA + ")");
        }
        RunRecords.check(source, root);
        return RunRecords.read(source, Labels.none());
    }

    /**
     * What JMH's JSON in {@code json} holds: the JVM it ran on, its settings as a run's config, and
     * the results, read exactly as {@code ingest} reads a JMH file (the route of {@code run --jmh-jar}).
     *
     * @param where where the JSON came from, for messages
     */
    public static JmhOutput jmh(byte[] json, String where) {
        JsonNode root = tree(Source.of(json, where));
        if (!root.isArray() || root.isEmpty() || !JmhReader.recognises(root.get(0))) {
            throw new IngestException(where, "not JMH's JSON result format");
        }
        JmhReader reader = new JmhReader(where);
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            results.add(reader.result(root.get(i), i + 1));
        }
        return new JmhOutput(
                reader.jvm(root.get(0)), reader.config(root.get(0)), unique(results, where), reader.notes());
    }

    /**
     * The content of one JMH JSON file.
     *
     * @param jvm {@code "vmName vmVersion"}, or null when JMH did not write them
     * @param notes what was left out (a profiler's text output), one sentence each
     */
    public record JmhOutput(
            String jvm, Map<String, Object> config, List<BenchmarkResult> results, List<String> notes) {}

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

    /** A streaming parser over the JSON of {@code source}. */
    static JsonParser parser(Source source) throws IOException {
        return FACTORY.createParser(source.bytes(), source.offset(), source.length());
    }

    /** The whole JSON of {@code source} as a tree (for the small formats). */
    static JsonNode tree(Source source) {
        JsonNode root;
        try {
            root = TREE.readTree(source.bytes(), source.offset(), source.length());
        } catch (IOException e) {
            throw problem(source.name(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IngestException(source.name(), "empty file, no JSON in it");
        }
        return root;
    }

    /** {@code results}, refused when one series appears twice: the store needs each once per run. */
    static List<BenchmarkResult> unique(List<BenchmarkResult> results, String name) {
        Set<List<Object>> seen = new HashSet<>();
        for (BenchmarkResult r : results) {
            for (String metric : r.metrics().keySet()) {
                if (!seen.add(List.of(r.suite(), r.benchmark(), r.params(), metric))) {
                    String params = r.params().isEmpty() ? "" : r.params().toString();
                    throw new IngestException(
                            name, "series " + r.id() + "/" + metric + params + " appears more than once");
                }
            }
        }
        return results;
    }

    /** What went wrong reading {@code name}: "truncated JSON at line 3, column 5" or "invalid JSON at …". */
    static IngestException problem(String name, IOException e) {
        if (!(e instanceof JsonProcessingException j)) {
            return new IngestException(name, "cannot read it (" + e.getMessage() + ")", e);
        }
        JsonLocation loc = j.getLocation();
        String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String original = firstLine(j.getOriginalMessage());
        if (j instanceof JsonEOFException || original.contains("end-of-input")) {
            return new IngestException(name, "truncated JSON" + at, e);
        }
        if (original.startsWith("Non-standard token")) {
            // e.g. a bare NaN: JSON has no such number; JMH itself writes "NaN" as a string
            int colon = original.indexOf(':');
            return new IngestException(
                    name,
                    "invalid JSON" + at + ": " + (colon < 0 ? original : original.substring(0, colon))
                            + " where a number belongs",
                    e);
        }
        if (original.startsWith("Trailing token")) {
            return new IngestException(name, "invalid JSON" + at + ": more content after the end of the JSON value", e);
        }
        return new IngestException(name, "invalid JSON" + at + ": " + original, e);
    }
}
