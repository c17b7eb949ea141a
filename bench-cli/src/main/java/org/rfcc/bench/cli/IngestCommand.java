package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.app.Imports;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench ingest}: imports run files, JMH JSON and github-action-benchmark JSON. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Imports run records, JMH JSON and github-action-benchmark JSON into the history.",
            "",
            "The format is recognised from the content. JMH JSON from any project keeps its primary and secondary"
                    + " metrics, params, mode and per-fork raw data, named as run --jmh-jar names the same benchmarks"
                    + " (give --machine this to join that series). Each file goes in whole or not at all, and once: the"
                    + " same file twice is one run. A bad file is reported and the others still go in; exit 1 if any"
                    + " file failed (2 if all did)."
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
            names = "--gab-direction",
            defaultValue = Defaults.GAB_DIRECTION_TEXT,
            description = "Direction of github-action-benchmark values: lower_is_better (customSmallerIsBetter,"
                    + " default) or higher_is_better.")
    String gabDirection;

    @Override
    protected int doCall() {
        Direction direction;
        try {
            direction = Direction.of(gabDirection);
        } catch (IllegalArgumentException e) {
            throw new UserException("--gab-direction: " + e.getMessage());
        }
        Imports.Outcome o = new Imports(settings(), console())
                .ingest(files, Imports.labels(commit, branch, machine), direction, f -> {
                    if (f.error() != null) {
                        err().println("rfcc-bench: " + f.error());
                    } else {
                        out().println((f.stored() ? "ingested run " : "already stored: run ")
                                + f.run().runId() + " from " + f.file() + " ("
                                + f.run().results().size() + " results)");
                    }
                    out().flush();
                });
        if (o.pruned() > 0) {
            out().println("pruned " + o.pruned() + " runs past history.retention_months");
        }
        out().flush();
        if (o.failed() == 0) {
            return ExitCodes.OK;
        }
        return o.failed() == files.size() ? ExitCodes.USER_ERROR : ExitCodes.FAILURE;
    }
}
