package org.rfcc.bench.model.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files whole or not at all: to a temporary file beside the target, then a move. A failure
 * leaves the target as it was and no temporary file behind.
 */
public final class AtomicFiles {
    /** Writes a file's content, possibly in many pieces. */
    @FunctionalInterface
    public interface Body {
        /** Writes the content to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code content} (UTF-8) to {@code target}, creating its directory. */
    public static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes what {@code body} writes (UTF-8) to {@code target}, creating its directory. */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not createTempFile, which makes the file 0600 whatever the umask: the target gets the
        // permissions any new file of the user gets.
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(
                    tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
