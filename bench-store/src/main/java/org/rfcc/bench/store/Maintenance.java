package org.rfcc.bench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.io.AtomicFiles;
import org.rfcc.bench.store.ingest.Ingest;

/** Upkeep of a history: retention, backups with rotation, restore into an empty store, export. */
public final class Maintenance {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Maintenance() {}

    /** The instant {@code months} months before now (UTC): runs started earlier are past retention. */
    public static Instant monthsAgo(int months) {
        return ZonedDateTime.now(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    /** Removes (or with {@code dryRun} only lists) the runs started before {@code cutoff}. */
    public static List<RunSummary> prune(HistoryStore store, Instant cutoff, boolean dryRun) {
        List<RunSummary> old = store.runs(cutoff);
        if (!dryRun && !old.isEmpty()) {
            store.delete(old.stream().map(RunSummary::runId).toList());
        }
        return old;
    }

    /**
     * Writes a timestamped backup into {@code dir} ({@code history-20261127-150000Z.db}, or
     * {@code .jsonl} for PostgreSQL) and keeps only the newest {@code keep} backups there.
     */
    public static Path backup(HistoryStore store, String url, Path dir, int keep) {
        if (keep < 1) {
            throw new StoreException("--keep must be at least 1, got " + keep);
        }
        String extension = Stores.Backend.of(url) == Stores.Backend.SQLITE ? ".db" : ".jsonl";
        Path file = dir.resolve("history-" + STAMP.format(Instant.now()) + extension);
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                throw new StoreException(file + " already exists; wait a second and run the backup again");
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        store.backup(file);
        rotate(dir, keep);
        return file;
    }

    private static void rotate(Path dir, int keep) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> backups = files.filter(
                            p -> p.getFileName().toString().matches("history-\\d{8}-\\d{6}Z\\.(db|jsonl)"))
                    .sorted()
                    .toList();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
                Files.delete(old);
            }
        } catch (IOException e) {
            throw new StoreException("cannot rotate the backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Restores a backup or an export into {@code target}, which must be empty; returns the runs restored. */
    public static int restore(HistoryStore target, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no such backup file: " + file);
        }
        int existing = target.runCount();
        if (existing > 0) {
            throw new StoreException("restore needs an empty store, and this one holds " + existing
                    + " runs; give another --store or remove the file");
        }
        if (isSqlite(file)) {
            try (HistoryStore source = Stores.open("jdbc:sqlite:" + file.toAbsolutePath())) {
                int n = 0;
                for (RunSummary r : source.runs(null)) {
                    target.store(source.run(r.runId()).orElseThrow());
                    n++;
                }
                return n;
            }
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            int[] n = {0};
            int[] lineNumber = {0};
            lines.forEach(line -> {
                lineNumber[0]++;
                if (!line.isBlank()) {
                    target.store(read(file, lineNumber[0], line));
                    n[0]++;
                }
            });
            return n[0];
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One line of an export or a PostgreSQL backup, read as every run record is read. */
    private static RunRecord read(Path file, int line, String json) {
        return Ingest.record(json.getBytes(StandardCharsets.UTF_8), file + ":" + line);
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@link #export(HistoryStore, Writer) the export} to {@code file}, whole or not at all; returns the runs. */
    public static int export(HistoryStore store, Path file) {
        int[] n = {0};
        try {
            AtomicFiles.write(file, out -> n[0] = export(store, out));
        } catch (IOException e) {
            throw new StoreException("cannot write the export to " + file + ": " + e.getMessage(), e);
        }
        return n[0];
    }

    /** Writes every stored run, oldest first, as one JSON run record per line; returns how many. */
    public static int export(HistoryStore store, Writer out) {
        int n = 0;
        try {
            for (RunSummary r : store.runs(null)) {
                out.write(Json.compact(store.run(r.runId()).orElseThrow()));
                out.write('\n');
                n++;
            }
            out.flush();
        } catch (IOException e) {
            throw new StoreException("cannot write the export: " + e.getMessage(), e);
        }
        return n;
    }
}
