package org.rfcc.bench.store.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The JSON inside a file as {@code ingest} reads it: gzip-compressed files are decompressed, a
 * UTF-8 byte-order mark is skipped, and github-action-benchmark's {@code data.js} ({@code
 * window.BENCHMARK_DATA = {…}}) gives the object after its {@code =}.
 *
 * @param offset where the JSON starts in {@code bytes}
 * @param length how many bytes of JSON there are
 * @param script true when the file was a {@code data.js} script
 * @param legacyId the run id rfcc-bench before schema 3 gave a file's one run: a digest of its bytes as read
 */
record Source(String name, byte[] bytes, int offset, int length, boolean script, Path file, String legacyId) {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String DATA_JS = "window.BENCHMARK_DATA";

    /** The JSON of {@code file}. */
    static Source of(Path file) {
        String name = file.toString();
        byte[] raw = read(file, name);
        String legacyId = UUID.nameUUIDFromBytes(raw).toString();
        byte[] bytes = gunzipped(raw, name);
        int start = startsWith(bytes, 0, BOM) ? BOM.length : 0;
        int end = bytes.length;
        start = skipSpace(bytes, start, end);
        boolean script = startsWith(bytes, start, DATA_JS.getBytes(StandardCharsets.US_ASCII));
        if (script) {
            int eq = indexOf(bytes, (byte) '=', start, end);
            if (eq < 0) {
                throw new IngestException(name, "a data.js without '=' after " + DATA_JS);
            }
            start = skipSpace(bytes, eq + 1, end);
            while (end > start && (Character.isWhitespace(bytes[end - 1]) || bytes[end - 1] == ';')) {
                end--;
            }
        }
        return new Source(name, bytes, start, end - start, script, file, legacyId);
    }

    /** The JSON in {@code bytes}, from {@code where} (a line of a file, a JMH jar's output). */
    static Source of(byte[] bytes, String where) {
        return new Source(where, bytes, 0, bytes.length, false, null, null);
    }

    /** The file's last-modified time, the start of a run that says nothing of when it ran. */
    Instant modified() {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read its last-modified time (" + e.getMessage() + ")", e);
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

    private static byte[] gunzipped(byte[] bytes, String name) {
        if (bytes.length < 2 || bytes[0] != (byte) 0x1F || bytes[1] != (byte) 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (ZipException e) {
            throw new IngestException(name, "a damaged gzip file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IngestException(name, "a truncated gzip file (" + e.getMessage() + ")", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(byte[] bytes, int at, int end) {
        int i = at;
        while (i < end && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
