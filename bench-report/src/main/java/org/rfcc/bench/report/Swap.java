package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Puts a freshly written directory in the place of an old one by renames within one parent. */
final class Swap {
    private Swap() {}

    /**
     * Moves {@code fresh} to {@code target}. An existing {@code target} is first moved aside and
     * deleted afterwards; when the second move fails it is moved back and the failure rethrown.
     */
    static void replace(Path target, Path fresh) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(
                    target + " exists and is not a directory; remove it or choose another plot directory");
        }
        Path aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Path old = aside.resolve(target.getFileName());
        try {
            move(target, old);
            try {
                move(fresh, target);
            } catch (IOException | RuntimeException e) {
                try {
                    move(old, target);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
                throw e;
            }
        } finally {
            deleteTree(aside);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code root} and everything under it without following links; best effort, never throws. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover hidden sibling directory is harmless; the caller's outcome matters more
        }
    }
}
