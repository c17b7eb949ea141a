package org.rfcc.bench.cli;

import java.time.Instant;
import java.util.Map;
import org.rfcc.bench.app.Histories;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.report.HistoryFormat;
import org.rfcc.bench.store.HistoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench history}: lists stored results, one row per (run, series). */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Lists stored results, one row per (run, series), oldest first.")
final class HistoryCommand extends BaseCommand {
    @Option(names = "--suite", description = "Only this suite.")
    String suite;

    @Option(names = "--benchmark", description = "Only this benchmark.")
    String benchmark;

    @Option(names = "--metric", description = "Only this metric.")
    String metric;

    @Option(names = "--param", paramLabel = "K=V", description = "Only results whose param K is V; repeatable.")
    Map<String, String> params;

    @Option(names = "--branch", description = "Only runs of this git branch.")
    String branch;

    @Option(names = "--machine", description = "Only runs of this machine fingerprint.")
    String machine;

    @Option(
            names = "--since",
            description = "Only runs since a date (2026-11-01), an instant (2026-11-01T10:00:00Z) or a duration back"
                    + " (30d, 12h).")
    String since;

    @Option(
            names = "--format",
            defaultValue = Defaults.LISTING_FORMAT,
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    protected int doCall() {
        HistoryFormat chosen = format(format, HistoryFormat.class);
        HistoryQuery query = new HistoryQuery(
                suite, benchmark, metric, params, branch, machine, Histories.since(since, Instant.now()));
        try (HistoryFormat.Sink sink = chosen.open(out())) {
            new Histories(settings()).each(query, sink);
        }
        return ExitCodes.OK;
    }
}
