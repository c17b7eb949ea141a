package org.rfcc.bench.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample files under {@code src/test/resources/ingest/}, and temporary files beside them. */
final class TestFiles {
    private TestFiles() {}

    /** The resource {@code ingest/NAME} as a file. */
    static Path resource(String name) {
        URL url = TestFiles.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource ingest/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the resource {@code ingest/NAME}. */
    static String text(String name) {
        try {
            return Files.readString(resource(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} written to {@code dir/name}. */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource {@code ingest/NAME} with {@code from} replaced once by {@code to}, written to {@code dir}. */
    static Path edited(Path dir, String name, String from, String to) {
        String text = text(name);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(name + " does not contain " + from);
        }
        return write(dir, name, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
