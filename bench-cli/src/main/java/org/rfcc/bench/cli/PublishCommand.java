package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.server.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench publish --site DIR}: the static, read-only copy of the dashboard. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Write a static, read-only copy of the dashboard into DIR, for GitHub Pages or any static host: the same"
                    + " pages, their data as JSON files. Each series keeps its newest 200 points, its older ones as"
                    + " at most 100 means; the newest 20 runs are kept whole (but for their raw samples). DIR is replaced whole, or left as it was."
        })
final class PublishCommand extends BaseCommand {
    @Option(names = "--site", required = true, paramLabel = "DIR", description = "The directory to write (replaced).")
    Path site;

    @Override
    protected int doCall() {
        try (Dashboard dashboard = new Dashboard(settings(), console())) {
            Site.Outcome o = Site.write(dashboard, site, Instant.now());
            out().printf(
                            Locale.ROOT,
                            "published %d runs and %d series to %s: %d files, %.2f MB, in %.1f s%n",
                            o.runs(),
                            o.series(),
                            o.dir(),
                            o.files(),
                            o.bytes() / 1048576.0,
                            o.seconds());
        }
        return ExitCodes.OK;
    }
}
