package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.app.Alerting;
import org.rfcc.bench.app.Imports;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.ingest.Imported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench ingest}: imports run files, JMH JSON and github-action-benchmark JSON. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Imports run records, JMH JSON, github-action-benchmark JSON and whole github-action-benchmark"
                    + " histories (data.js) into the history.",
            "",
            "The format is recognised from the content; gzip files are read as they are. JMH JSON from any project"
                    + " keeps its primary and secondary metrics, params, mode and per-fork raw data (sample mode's"
                    + " histograms too), named as run --jmh-jar names the same benchmarks (give --machine this to join"
                    + " that series). A data.js gives one run per entry, with its commit, message, author and date."
                    + " Each file goes in whole or not at all, and once: the same results twice, however laid out,"
                    + " are one run, and a longer data.js adds only its new entries. A run stored already with other"
                    + " labels is kept as it was and reported (exit 1) unless --replace. A bad file is reported and"
                    + " the others still go in; exit 1 if any file failed (2 if all did)."
        })
final class IngestCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> files;

    @Option(names = "--commit", description = "Git commit (40 hex digits) for imports that carry none.")
    String commit;

    @Option(names = "--branch", description = "Git branch for imports that carry none.")
    String branch;

    @Option(
            names = "--machine",
            description = "Machine fingerprint for imports that carry none; '" + Imports.THIS_MACHINE
                    + "' for this machine's.")
    String machine;

    @Option(
            names = "--started-at",
            paramLabel = "WHEN",
            description = "When a JMH or github-action-benchmark JSON run ran (2026-11-01T09:30:00Z, or 2026-11-01):"
                    + " they do not say, and otherwise take the file's last-modified time.")
    String startedAt;

    @Option(
            names = "--replace",
            description = "Store runs that are stored already with other labels with this import's labels.")
    boolean replace;

    @Option(
            names = "--gab-direction",
            defaultValue = Defaults.GAB_DIRECTION_TEXT,
            description = "Direction of github-action-benchmark values whose tool does not say (custom JSON, an"
                    + " unknown tool): lower_is_better (customSmallerIsBetter, default) or higher_is_better.")
    String gabDirection;

    @Option(
            names = "--no-notify",
            description = "Raise the alerts of the newest imported run but leave their messages in the outbox for"
                    + " 'alerts notify'.")
    boolean noNotify;

    @Override
    protected int doCall() {
        Direction direction;
        try {
            direction = Direction.of(gabDirection);
        } catch (IllegalArgumentException e) {
            throw new UserException("--gab-direction: " + e.getMessage());
        }
        Settings settings = settings().withSendAlerts(!noNotify);
        if (!noNotify) {
            new Alerting(settings, console()).checkChannels();
        }
        Imports.Outcome o = new Imports(settings, console())
                .ingest(files, Imports.labels(commit, branch, machine, startedAt), direction, replace, this::print);
        if (o.pruned() > 0) {
            out().println("pruned " + o.pruned() + " runs past history.retention_months");
        }
        out().flush();
        if (o.failed() == files.size()) {
            return ExitCodes.USER_ERROR;
        }
        return o.failed() == 0 && o.conflicting() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void print(Imports.FileOutcome f) {
        if (f.error() != null) {
            err().println("rfcc-bench: " + f.error());
            err().flush();
            return;
        }
        f.notes().forEach(n -> err().println("rfcc-bench: note: " + f.file() + ": " + n));
        f.conflicts().stream().limit(3).forEach(c -> err().println("rfcc-bench: " + f.file() + ": " + c));
        if (f.conflicts().size() > 3) {
            err().println("rfcc-bench: " + f.file() + ": and " + (f.conflicts().size() - 3)
                    + " more runs stored already with other labels");
        }
        err().flush();
        if (f.format() == Imported.Format.GAB_HISTORY) {
            out().println("ingested " + f.stored().size() + " runs from " + f.file() + " ("
                    + f.already().size() + " stored already"
                    + (f.replaced() > 0 ? ", " + f.replaced() + " replaced" : "") + ")");
        } else if (!f.stored().isEmpty()) {
            out().println((f.replaced() > 0 ? "replaced run " : "ingested run ")
                    + f.stored().get(0) + " from " + f.file() + " (" + f.results() + " results)");
        } else if (!f.already().isEmpty()) {
            out().println("already stored: run " + f.already().get(0) + " from " + f.file());
        }
        out().flush();
    }
}
