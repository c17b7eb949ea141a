package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.RunRecord;

/**
 * One file being imported: its runs, read as they come (a long github-action-benchmark history
 * never has to fit in memory as a tree), and the notes on what was left out. The format is
 * recognised from the content.
 */
public final class Imported {
    /** The formats {@code ingest} reads. */
    public enum Format {
        /** Our own run record. */
        RUN_RECORD,
        /** JMH's JSON ({@code -rf json}): one run. */
        JMH,
        /** github-action-benchmark's custom JSON ({@code [{name, unit, value}]}): one run. */
        GAB,
        /** github-action-benchmark's history ({@code data.js} or its JSON): one run per entry. */
        GAB_HISTORY
    }

    private final Source source;
    private final Labels labels;
    private final Direction gabDirection;
    private final List<String> notes = new ArrayList<>();
    private Format format;

    Imported(Path file, Labels labels, Direction gabDirection) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.gabDirection = Objects.requireNonNull(gabDirection, "gabDirection");
        this.source = Source.of(file);
    }

    /** The file's name, for messages. */
    public String name() {
        return source.name();
    }

    /** What was left out of the file, one sentence each (a profiler's text output, a repeated name). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The run id that rfcc-bench before schema 3 gave this file's one run (a digest of its bytes),
     * or null for the formats whose runs carry their own ids or are many; known once {@link
     * #forEach} has recognised the format.
     */
    public String legacyId() {
        return format == Format.JMH || format == Format.GAB ? source.legacyId() : null;
    }

    /**
     * Reads the file and hands {@code sink} each of its runs; throws {@link IngestException} at the
     * first thing that is wrong, so that a caller storing in one transaction stores all or none.
     */
    public Format forEach(Consumer<RunRecord> sink) {
        try (JsonParser p = Ingest.parser(source)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY || first == JsonToken.START_OBJECT) {
                Format format = first == JsonToken.START_ARRAY ? array(p, sink) : object(p, sink);
                if (format != Format.RUN_RECORD && p.nextToken() != null) {
                    throw new IngestException(
                            name(),
                            "invalid JSON at line " + p.currentLocation().getLineNr()
                                    + ", column " + p.currentLocation().getColumnNr()
                                    + ": more content after the end of the JSON value");
                }
                return format;
            }
            if (first == null) {
                throw new IngestException(name(), "empty file, no JSON in it");
            }
            String kind =
                    switch (first) {
                        case VALUE_STRING -> "string";
                        case VALUE_TRUE, VALUE_FALSE -> "boolean";
                        case VALUE_NULL -> "null";
                        default -> "number";
                    };
            throw new IngestException(name(), Ingest.ACCEPTED + " (a JSON " + kind + ")");
        } catch (IOException e) {
            throw Ingest.problem(name(), e);
        } catch (IllegalArgumentException e) {
            // a model constructor refused a value the readers let through
            throw new IngestException(name(), Ingest.firstLine(e.getMessage()), e);
        }
    }

    private Format array(JsonParser p, Consumer<RunRecord> sink) throws IOException {
        if (source.script()) {
            throw new IngestException(name(), "a data.js must hold an object with \"entries\", not an array");
        }
        if (p.nextToken() == JsonToken.END_ARRAY) {
            throw new IngestException(name(), "no results (an empty JSON array)");
        }
        JsonNode head = p.readValueAsTree();
        Canonical identity = new Canonical("array");
        if (JmhReader.recognises(head)) {
            JmhReader jmh = new JmhReader(name());
            List<BenchmarkResult> results = new ArrayList<>();
            JsonNode element = head;
            for (int entry = 1; element != null; entry++) {
                identity.add(element);
                results.add(jmh.result(element, entry));
                element = next(p);
            }
            notes.addAll(jmh.notes());
            format = Format.JMH;
            sink.accept(imported(identity.id(), Defaults.JMH_PROFILE, jmh.jvm(head), jmh.config(head), results));
            return Format.JMH;
        }
        if (GabReader.recognises(head)) {
            GabReader gab = new GabReader(name());
            JsonNode element = head;
            for (int entry = 1; element != null; entry++) {
                identity.add(element);
                gab.add(element, entry, GabReader.SUITE, gabDirection, false);
                element = next(p);
            }
            format = Format.GAB;
            sink.accept(imported(identity.id(), Ingest.SOURCE, null, Map.of(), gab.results()));
            return Format.GAB;
        }
        throw new IngestException(
                name(),
                Ingest.ACCEPTED
                        + " (an array whose first element has neither \"primaryMetric\" nor \"name\" and \"value\")");
    }

    /** The next element of the array, or null at its end. */
    private static JsonNode next(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.END_ARRAY ? null : p.readValueAsTree();
    }

    private Format object(JsonParser p, Consumer<RunRecord> sink) throws IOException {
        String field = p.nextFieldName();
        if (!source.script() && !GabHistory.ENTRIES.equals(field) && !GabHistory.TOP.contains(field)) {
            // our run record, small: read whole, with the one reader of run records
            format = Format.RUN_RECORD;
            sink.accept(RunRecords.read(source, labels));
            return Format.RUN_RECORD;
        }
        if (labels.commit() != null || labels.startedAt() != null) {
            throw new IngestException(
                    name(),
                    "a github-action-benchmark history's entries carry their own commits and dates;"
                            + " leave out --commit and --started-at");
        }
        format = Format.GAB_HISTORY;
        new GabHistory(name(), labels, gabDirection, notes).read(p, field, sink);
        return Format.GAB_HISTORY;
    }

    private RunRecord imported(
            String runId, String profile, String jvm, Map<String, Object> config, List<BenchmarkResult> results) {
        Instant at = labels.startedAt() != null ? labels.startedAt() : source.modified();
        return new RunRecord(
                RunRecord.SCHEMA,
                runId,
                at,
                at,
                profile,
                Ingest.SOURCE,
                new GitInfo(labels.commit(), labels.branch(), false),
                Ingest.machine(labels, jvm),
                config,
                Ingest.unique(results, name()),
                List.of(),
                null);
    }
}
