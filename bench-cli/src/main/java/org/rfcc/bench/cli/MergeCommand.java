package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.app.Merges;
import org.rfcc.bench.app.RunOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench merge}: the shards' run files joined into the one run they slice. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Joins the benchmark_run.json files of the shards of one run ('run --shard I/N', each on its own CI job)"
                    + " into that run: every benchmark once, the first start and the last end, each threshold"
                    + " checked over all shards. The merged run is stored (unless the shards were stored already),"
                    + " judged for change points and alerts, and written as 'run' writes its files.",
            "Refuses (exit 2) shards of different commits, configs, profiles or machines' kinds (fingerprints), a"
                    + " missing or repeated shard, and a benchmark in two shards. Exit code 1 when a benchmark of a"
                    + " shard failed, or a threshold was breached with --fail-on-threshold."
        })
final class MergeCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "RUN_FILE", description = "The shards' run files, in any order.")
    List<Path> files;

    @Mixin
    RunOutputOptions outputs;

    @Override
    protected int doCall() {
        var settings = settings().withSendAlerts(!outputs.noNotify);
        RunOutcome outcome = new Merges(settings, console()).merge(files, outputs.output(false));
        RunPrinter.print(out(), outcome);
        return outputs.failed(outcome) ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
