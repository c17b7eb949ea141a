package org.rfcc.bench.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.store.HistoryQuery;
import org.rfcc.bench.store.HistoryRow;
import org.rfcc.bench.store.HistoryStore;
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
            description =
                    "Only runs since a date (2026-11-01), an instant (2026-11-01T10:00:00Z) or a duration back (30d, 12h).")
    String since;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    protected int doCall() {
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new UserException("--format must be table, json or csv, got '" + format + "'");
        }
        HistoryQuery query = new HistoryQuery(suite, benchmark, metric, params, branch, machine, parseSince(since));
        List<HistoryRow> rows;
        try (HistoryStore store = openStore()) {
            rows = store.history(query);
        }
        switch (format) {
            case "json" -> out().print(
                            Json.pretty(rows.stream().map(HistoryCommand::json).toList()));
            case "csv" -> csv(rows);
            default -> table(rows);
        }
        out().flush();
        return ExitCodes.OK;
    }

    static Instant parseSince(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d+[dh]")) {
                long n = Long.parseLong(text.substring(0, text.length() - 1));
                return Instant.now().minus(text.endsWith("d") ? Duration.ofDays(n) : Duration.ofHours(n));
            }
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UserException("--since '" + text
                    + "' is not a date (2026-11-01), an instant (2026-11-01T10:00:00Z)" + " or a duration (30d, 12h)");
        }
    }

    private static Map<String, Object> json(HistoryRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("started_at", r.startedAt().toString());
        m.put("commit", r.commit());
        m.put("branch", r.branch());
        m.put("profile", r.profile());
        m.put("source", r.source());
        m.put("machine", r.machine());
        m.put("suite", r.suite());
        m.put("benchmark", r.benchmark());
        m.put("params", r.params());
        m.put("metric", r.metric());
        m.put("unit", r.unit());
        m.put("direction", r.direction());
        m.put("value", r.value());
        return m;
    }

    private static String params(HistoryRow r) {
        return r.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private void csv(List<HistoryRow> rows) {
        out().println(
                        "run_id,started_at,commit,branch,profile,source,machine,suite,benchmark,params,metric,unit,direction,value");
        for (HistoryRow r : rows) {
            List<String> cells = List.of(
                    r.runId(),
                    r.startedAt().toString(),
                    String.valueOf(r.commit()),
                    String.valueOf(r.branch()),
                    r.profile(),
                    r.source(),
                    r.machine(),
                    r.suite(),
                    r.benchmark(),
                    params(r),
                    r.metric(),
                    r.unit(),
                    r.direction(),
                    Double.toString(r.value()));
            out().println(cells.stream().map(HistoryCommand::csvCell).collect(Collectors.joining(",")));
        }
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }

    private void table(List<HistoryRow> rows) {
        String format = "%-8s  %-20s  %-8s  %-10s  %-36s  %-44s  %-28s  %14s  %s%n";
        out().printf(
                        Locale.ROOT,
                        format,
                        "run",
                        "started",
                        "commit",
                        "profile",
                        "benchmark",
                        "params",
                        "metric",
                        "value",
                        "unit");
        for (HistoryRow r : rows) {
            out().printf(
                            Locale.ROOT,
                            format,
                            r.runId().substring(0, Math.min(8, r.runId().length())),
                            r.startedAt().toString().substring(0, 19) + "Z",
                            r.commit() == null ? "-" : r.commit().substring(0, 8),
                            r.profile(),
                            r.suite() + "/" + r.benchmark(),
                            params(r),
                            r.metric(),
                            String.format(Locale.ROOT, "%.6g", r.value()),
                            r.unit());
        }
        out().printf(
                        Locale.ROOT,
                        "%d rows from %d runs%n",
                        rows.size(),
                        rows.stream().map(HistoryRow::runId).distinct().count());
    }
}
