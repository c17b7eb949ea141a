package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.rfcc.bench.app.Upkeep;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench store}: upkeep of the history (prune, backup, restore, export, stats). */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Upkeep of the history: prune, backup, restore, export, stats.",
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

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "What the history holds and its storage cost per sample.")
    static final class Stats extends BaseCommand {
        @Override
        protected int doCall() {
            out().println(new Upkeep(settings()).stats());
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
                defaultValue = Defaults.PRUNE_OLDER_THAN,
                description = "Age limit: 12m, 30d, 2w or 1y (default: ${DEFAULT-VALUE}).")
        String olderThan;

        @Option(
                names = "--dry-run",
                description = "Only list the runs that would be removed, one per line, run id first.")
        boolean dryRun;

        @Override
        protected int doCall() {
            Instant cutoff = Upkeep.ago(olderThan, Instant.now());
            List<RunSummary> runs = new Upkeep(settings()).prune(cutoff, dryRun);
            for (RunSummary r : runs) {
                out().println(r.runId() + " " + r.startedAt() + " " + r.profile() + " " + r.source()
                        + (r.commit() == null ? "" : " " + r.commit()));
            }
            err().println((dryRun ? "would remove " : "removed ") + runs.size() + " runs started before " + cutoff);
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
                defaultValue = "" + Defaults.BACKUP_KEEP,
                description = "Keep only the newest N backups there (default: ${DEFAULT-VALUE}).")
        int keep;

        @Override
        protected int doCall() {
            Upkeep.Backup b = new Upkeep(settings()).backup(to, keep);
            out().println("backed up " + b.runs() + " runs to " + b.file());
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
            out().println("restored " + new Upkeep(settings()).restore(from) + " runs from " + from);
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

        @Option(names = "--output", description = "File to write, whole or not at all (default: stdout).")
        Path output;

        @Override
        protected int doCall() {
            if (!format.equals("json")) {
                throw new UserException("--format must be json, got '" + format + "'");
            }
            Upkeep upkeep = new Upkeep(settings());
            if (output == null) {
                upkeep.export(out());
            } else {
                err().println("exported " + upkeep.export(output) + " runs to " + output);
            }
            return ExitCodes.OK;
        }
    }
}
