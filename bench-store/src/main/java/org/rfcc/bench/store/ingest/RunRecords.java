package org.rfcc.bench.store.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.List;
import org.rfcc.bench.model.GitInfo;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.RunRecord;

/**
 * Reads our own run records as they are, keeping their run id and source; labels only fill in
 * what the record lacks. Fields a newer writer added beside the contract's are ignored, and each
 * metric's value and interval are derived again from its samples (a non-finite sample is refused).
 */
final class RunRecords {
    private static final ObjectReader READER =
            Json.MAPPER.readerFor(RunRecord.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final List<String> REQUIRED =
            List.of("run_id", "started_at", "finished_at", "profile", "source", "results", "thresholds");

    private RunRecords() {}

    /**
     * The record in {@code source}, with {@code labels} filling its gaps. The JSON is read once
     * into the record; only a record that does not read is read again as a tree, to say what is
     * wrong with it.
     */
    static RunRecord read(Source source, Labels labels) {
        try {
            return labelled(READER.readValue(source.bytes(), source.offset(), source.length()), labels);
        } catch (IOException e) {
            check(source, Ingest.tree(source));
            throw problem(source.name(), e);
        }
    }

    /** Fails, naming the field, when the record in {@code root} lacks its schema or a required field. */
    static void check(Source source, JsonNode root) {
        String file = source.name();
        JsonNode schema = root.get("schema");
        if (schema == null) {
            throw new IngestException(file, Ingest.ACCEPTED + " (a JSON object without \"schema\")");
        }
        if (!RunRecord.SCHEMA.equals(schema.asText(null))) {
            throw new IngestException(file, "unknown schema " + schema + "; expected \"" + RunRecord.SCHEMA + "\"");
        }
        for (String field : REQUIRED) {
            if (root.path(field).isMissingNode() || root.path(field).isNull()) {
                throw new IngestException(file, "the run record has no \"" + field + "\"");
            }
        }
    }

    private static IngestException problem(String file, IOException e) {
        if (e instanceof JsonMappingException m) {
            return new IngestException(file, "invalid run record" + where(m) + ": " + reason(m), e);
        }
        return new IngestException(file, "invalid run record: " + Ingest.firstLine(e.getMessage()), e);
    }

    /**
     * Labels fill git only where the record has no commit, and the machine only where it has
     * none; a record that knows where it ran keeps that.
     */
    static RunRecord labelled(RunRecord run, Labels labels) {
        GitInfo git = run.git() == null ? GitInfo.none() : run.git();
        if (git.commit() == null) {
            git = new GitInfo(labels.commit(), git.branch() != null ? git.branch() : labels.branch(), git.dirty());
        }
        Machine machine = run.machine() != null ? run.machine() : Ingest.machine(labels, null);
        return new RunRecord(
                run.schema(),
                run.runId(),
                run.startedAt(),
                run.finishedAt(),
                run.profile(),
                run.source(),
                git,
                machine,
                run.config(),
                run.results(),
                run.thresholds(),
                run.comparison(),
                run.coverage(),
                run.planSeconds());
    }

    /** {@code " at results[0].metrics.score (line 3, column 5)"}, from what Jackson knows. */
    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String at = path.length() == 0 ? "" : " at " + path;
        if (e.getLocation() == null) {
            return at;
        }
        return at + " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** The model's own words when its constructor refused a value, else Jackson's first line. */
    private static String reason(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException) {
                return "a required value is missing or null";
            }
            return Ingest.firstLine(cause.getMessage());
        }
        return Ingest.firstLine(e.getOriginalMessage());
    }
}
