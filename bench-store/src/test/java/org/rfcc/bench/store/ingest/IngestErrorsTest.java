package org.rfcc.bench.store.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no run at all: each fails with one line naming the file and the reason. */
final class IngestErrorsTest {
    static final String NOT_A_RUN =
            "not a run record, JMH JSON, github-action-benchmark JSON or a github-action-benchmark data.js";

    @TempDir
    Path dir;

    @Test
    void parse_truncatedJson_failsWithLineAndColumn() {
        String text = TestFiles.text(IngestJmhTest.AVGT_GC);
        Path file = TestFiles.write(dir, "results.json", text.substring(0, text.indexOf("\"mode\"")));

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ": truncated JSON at line 5, column 9");
    }

    @Test
    void parse_objectWithoutSchema_failsListingTheAcceptedFormats() {
        Path file = TestFiles.write(dir, "x.json", "{\"hello\": \"world\"}");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": " + NOT_A_RUN + " (a JSON object without \"schema\")");
    }

    @Test
    void parse_arrayOfOtherObjects_failsListingTheAcceptedFormats() {
        Path file = TestFiles.write(dir, "x.json", "[{\"id\": 1}]");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": " + NOT_A_RUN
                        + " (an array whose first element has neither \"primaryMetric\" nor \"name\" and \"value\")");
    }

    @Test
    void parse_jsonString_failsListingTheAcceptedFormats() {
        Path file = TestFiles.write(dir, "x.json", "\"results\"");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": " + NOT_A_RUN + " (a JSON string)");
    }

    @Test
    void parse_emptyArray_failsWithNoResults() {
        Path file = TestFiles.write(dir, "x.json", "[ ]\n");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(file + ": no results (an empty JSON array)");
    }

    @Test
    void parse_emptyFile_fails() {
        Path file = TestFiles.write(dir, "x.json", "\n");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none())).hasMessage(file + ": empty file, no JSON in it");
    }

    @Test
    void parse_bareNaNToken_failsWhereANumberBelongs() {
        Path file = TestFiles.write(dir, "x.json", "[{\"name\": \"fib\", \"unit\": \"ns\", \"value\": NaN}]");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessage(
                        file + ": invalid JSON at line 1, column 44: Non-standard token 'NaN' where a number belongs");
    }

    @Test
    void parse_twoJsonValues_fails() {
        Path file = TestFiles.write(dir, "x.json", "[{\"name\": \"a\", \"unit\": \"ms\", \"value\": 1}]\n[]\n");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .hasMessageStartingWith(file + ": invalid JSON at line 2, column ")
                .hasMessageEndingWith(": more content after the end of the JSON value");
    }

    @Test
    void parse_missingFile_failsWithNoSuchFile() {
        Path file = dir.resolve("missing.json");

        assertThatThrownBy(() -> Ingest.parse(file, Labels.none()))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void parse_directory_fails() {
        assertThatThrownBy(() -> Ingest.parse(dir, Labels.none())).hasMessage(dir + ": is a directory, not a file");
    }
}
