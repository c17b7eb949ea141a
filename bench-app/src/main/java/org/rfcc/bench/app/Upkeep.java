package org.rfcc.bench.app;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Maintenance;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.StoreStats;

/** {@code store}: upkeep of the history (prune, backup, restore, export, stats). */
public final class Upkeep {
    /** What a backup wrote. */
    public record Backup(int runs, Path file) {}

    private final Settings settings;

    public Upkeep(Settings settings) {
        this.settings = settings;
    }

    /** The instant an age such as {@code 12m}, {@code 30d}, {@code 2w} or {@code 1y} before {@code now}. */
    public static Instant ago(String age, Instant now) {
        if (age == null || !age.matches("\\d{1,6}[dwmy]")) {
            throw new UserException("--older-than '" + age + "' is not an age such as 12m, 30d, 2w or 1y");
        }
        long n = Long.parseLong(age.substring(0, age.length() - 1));
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        return switch (age.charAt(age.length() - 1)) {
            case 'd' -> at.minus(Duration.ofDays(n)).toInstant();
            case 'w' -> at.minusWeeks(n).toInstant();
            case 'm' -> at.minusMonths(n).toInstant();
            default -> at.minusYears(n).toInstant();
        };
    }

    /** Removes (or with {@code dryRun} only lists) the runs started before {@code cutoff}. */
    public List<RunSummary> prune(Instant cutoff, boolean dryRun) {
        try (HistoryStore store = settings.openStore()) {
            return Maintenance.prune(store, cutoff, dryRun);
        }
    }

    /** A timestamped snapshot in {@code dir}, keeping the newest {@code keep} there. */
    public Backup backup(Path dir, int keep) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException("--to " + dir + " is a file; give a directory");
        }
        try (HistoryStore store = settings.openStore()) {
            int runs = store.runCount();
            return new Backup(runs, Maintenance.backup(store, settings.storeUrl(), dir, keep));
        }
    }

    /** Restores a backup or an export into the (empty) history; returns the runs restored. */
    public int restore(Path from) {
        try (HistoryStore store = settings.openStore()) {
            return Maintenance.restore(store, from);
        }
    }

    /** Writes every run as one JSON run record per line to {@code out}; returns how many. */
    public int export(Writer out) {
        try (HistoryStore store = settings.openStore()) {
            return Maintenance.export(store, out);
        }
    }

    /** Writes the export to {@code file}, whole or not at all; returns how many runs. */
    public int export(Path file) {
        try (HistoryStore store = settings.openStore()) {
            return Maintenance.export(store, file);
        }
    }

    /** How many runs, series and samples the history holds, and its size. */
    public StoreStats stats() {
        try (HistoryStore store = settings.openStore()) {
            return store.stats();
        }
    }
}
