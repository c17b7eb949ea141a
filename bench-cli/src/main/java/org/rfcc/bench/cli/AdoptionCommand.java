package org.rfcc.bench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.app.Adoption;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.report.AdoptionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench adoption}: the share of commits that had the pre-commit check before they landed. */
@Command(
        name = "adoption",
        mixinStandardHelpOptions = true,
        description = {
            "The share of the commits on --branch (its first-parent history, from git log) that had the pre-commit"
                    + " performance check (quick-check, as the hook runs it) before they were made, overall and per"
                    + " author: a commit counts as checked when the history holds a pre-commit run of its parent that"
                    + " started before it was committed. Authors are their emails' SHA-256, first 12 digits, unless"
                    + " --show-authors. The goal is more than 80%%."
        })
final class AdoptionCommand extends BaseCommand {
    @Option(
            names = "--since",
            defaultValue = "30d",
            description = "How far back, as 30d, 12h or 90m (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(
            names = "--branch",
            defaultValue = "main",
            description = "The branch commits land on (default: ${DEFAULT-VALUE}).")
    String branch;

    @Option(names = "--show-authors", description = "Name the authors by their emails instead of hashes.")
    boolean showAuthors;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    protected int doCall() {
        ListFormat chosen = format(format, ListFormat.class);
        AdoptionReport r = new Adoption(settings()).measure(branch, since, showAuthors);
        if (chosen == ListFormat.JSON) {
            out().println(Json.pretty(json(r)));
            return ExitCodes.OK;
        }
        out().printf(
                        Locale.ROOT,
                        "%s, last %s: %d of %d commits had the pre-commit check (%s; the goal is above %.0f%%)%n",
                        r.branch(),
                        r.since(),
                        r.checked(),
                        r.commits(),
                        percent(r.share()),
                        AdoptionReport.GOAL * 100);
        if (!r.authors().isEmpty()) {
            out().printf(Locale.ROOT, "%n%-40s %8s %8s %7s%n", "author", "commits", "checked", "share");
            for (AdoptionReport.Author a : r.authors()) {
                out().printf(
                                Locale.ROOT,
                                "%-40s %8d %8d %7s%n",
                                a.author(),
                                a.commits(),
                                a.checked(),
                                percent(a.share()));
            }
        }
        return ExitCodes.OK;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private Map<String, Object> json(AdoptionReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branch", r.branch());
        m.put("since", r.since());
        m.put("commits", r.commits());
        m.put("checked", r.checked());
        m.put("share", r.share());
        m.put("goal", AdoptionReport.GOAL);
        m.put("meets_goal", r.meetsGoal());
        List<Map<String, Object>> authors = r.authors().stream()
                .map(a -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("author", a.author());
                    x.put("commits", a.commits());
                    x.put("checked", a.checked());
                    x.put("share", a.share());
                    return x;
                })
                .toList();
        m.put("authors", authors);
        return m;
    }
}
