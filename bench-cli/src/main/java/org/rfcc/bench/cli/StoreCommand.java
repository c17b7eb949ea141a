package org.rfcc.bench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Maintenance;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.StoreStats;
import org.rfcc.bench.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench store}: upkeep of the history (prune, backup, restore, export). */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Upkeep of the history: prune, backup, restore, export.",
        subcommands = {
            StoreCommand.Prune.class,
            StoreCommand.Backup.class,
            StoreCommand.Restore.class,
            StoreCommand.Export.class,
            StoreCommand.Stats.class
        })
final class StoreCommand extends BaseCommand {
    @Override
    protected int doCall() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    /** The instant {@code text} (12m, 30d, 2w, 1y) before now. */
    static Instant ago(String text) {
        if (!text.matches("\\d+[dwmy]")) {
            throw new UserException("--older-than '" + text + "' is not an age such as 12m, 30d, 2w or 1y");
        }
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        return switch (text.charAt(text.length() - 1)) {
            case 'd' -> now.minusDays(n).toInstant();
            case 'w' -> now.minusWeeks(n).toInstant();
            case 'm' -> now.minusMonths(n).toInstant();
            default -> now.minusYears(n).toInstant();
        };
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "What the history holds and its storage cost per sample.")
    static final class Stats extends BaseCommand {
        @Override
        protected int doCall() {
            try (HistoryStore store = openStore()) {
                StoreStats s = store.stats();
                out().printf(
                                Locale.ROOT,
                                "runs %d, series %d, samples %d, %d bytes: %.1f bytes per sample%n",
                                s.runs(),
                                s.series(),
                                s.samples(),
                                s.bytes(),
                                s.bytesPerSample());
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "prune",
            mixinStandardHelpOptions = true,
            description = "Removes runs older than the retention limit.")
    static final class Prune extends BaseCommand {
        @Option(
                names = "--older-than",
                defaultValue = "12m",
                description = "Age limit: 12m, 30d, 2w or 1y (default: ${DEFAULT-VALUE}).")
        String olderThan;

        @Option(
                names = "--dry-run",
                description = "Only list the runs that would be removed, one per line, run id first.")
        boolean dryRun;

        @Override
        protected int doCall() {
            Instant cutoff = ago(olderThan);
            try (HistoryStore store = openStore()) {
                List<RunSummary> runs = Maintenance.prune(store, cutoff, dryRun);
                for (RunSummary r : runs) {
                    out().println(r.runId() + " " + r.startedAt() + " " + r.profile() + " " + r.source()
                            + (r.commit() == null ? "" : " " + r.commit()));
                }
                err().println((dryRun ? "would remove " : "removed ") + runs.size() + " runs started before " + cutoff);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = "Writes a consistent, timestamped snapshot of the history, even while others write.")
    static final class Backup extends BaseCommand {
        @Option(names = "--to", required = true, description = "Directory for the backups.")
        Path to;

        @Option(
                names = "--keep",
                defaultValue = "8",
                description = "Keep only the newest N backups there (default: ${DEFAULT-VALUE}).")
        int keep;

        @Override
        protected int doCall() {
            if (Files.exists(to) && !Files.isDirectory(to)) {
                throw new UserException("--to " + to + " is a file; give a directory");
            }
            String url = RfccBenchCommand.store(spec);
            try (HistoryStore store = Stores.open(url)) {
                out().println("backed up " + store.runCount() + " runs to " + Maintenance.backup(store, url, to, keep));
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "Restores a backup or an export into an empty store.")
    static final class Restore extends BaseCommand {
        @Option(names = "--from", required = true, description = "A backup (.db or .jsonl) or an export.")
        Path from;

        @Override
        protected int doCall() {
            try (HistoryStore store = openStore()) {
                out().println("restored " + Maintenance.restore(store, from) + " runs from " + from);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Writes every run as one JSON run record per line: the public, read-only form of the history.")
    static final class Export extends BaseCommand {
        @Option(names = "--format", defaultValue = "json", description = "json: one run record per line (default).")
        String format;

        @Option(names = "--output", description = "File to write (default: stdout).")
        Path output;

        @Override
        protected int doCall() throws IOException {
            if (!format.equals("json")) {
                throw new UserException("--format must be json, got '" + format + "'");
            }
            try (HistoryStore store = openStore()) {
                if (output == null) {
                    Maintenance.export(store, out());
                    return ExitCodes.OK;
                }
                Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".export", ".tmp");
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                    err().println("exported " + Maintenance.export(store, w) + " runs to " + output);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return ExitCodes.OK;
        }
    }
}
