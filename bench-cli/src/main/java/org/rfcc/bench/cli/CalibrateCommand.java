package org.rfcc.bench.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.rfcc.bench.app.Calibrations;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.stats.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rfcc-bench calibrate}: repeated A/A runs that measure the false-alert rate and the noise. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the current code N times and compares every pair: the false-alert rate and each metric's noise.",
            "",
            "Reports how many of the N(N-1)/2 A/A comparisons raised a warning or critical (they all should not), each"
                    + " series' coefficient of variation between forks, and the forks per side a comparison needs for"
                    + " 95%% power at the warning threshold. The noise is stored in .rfcc-bench/noise-PROFILE.json,"
                    + " where compare, run --compare-with and quick-check use it as the variance prior of each metric."
                    + " The runs themselves are not stored in the history."
        })
final class CalibrateCommand extends BaseCommand {
    @Option(
            names = "--runs",
            defaultValue = "" + Defaults.CALIBRATION_RUNS,
            description = "A/A runs to make, at least 2 (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--forks",
            description = "Forks per benchmark in each run (default: the config's, at least min_forks).")
    Integer forks;

    @Mixin
    ProfileOptions profiles;

    @Option(
            names = "--from",
            paramLabel = "DIR",
            description = "Calibrate from the run files in DIR (an earlier --runs-dir) instead of running.")
    Path from;

    @Option(
            names = "--runs-dir",
            paramLabel = "DIR",
            description = "Also write each A/A run as DIR/aa-N.json, to compare or ingest later.")
    Path runsDir;

    @Option(names = "--alerts", paramLabel = "PATH", description = "The alert thresholds (default: beside the config).")
    Path alerts;

    @Override
    protected int doCall() {
        Calibrations.Outcome o = new Calibrations(settings(alerts), console())
                .calibrate(new Calibrations.Request(runs, forks, profiles.chosen(), from, runsDir));
        print(o.calibration());
        out().println("stored the noise profile in " + o.noiseFile());
        return ExitCodes.OK;
    }

    private static String share(int count, int of) {
        return String.format(Locale.ROOT, "%d of %d A/A comparisons (%.1f%%)", count, of, 100.0 * count / of);
    }

    private void print(Calibration c) {
        out().printf(Locale.ROOT, "%n%8s %8s %6s %8s  %s%n", "fork CV", "run CV", "forks", "needed", "series");
        c.series().stream()
                .sorted(Comparator.comparingDouble(Calibration.SeriesNoise::cvPct)
                        .reversed())
                .forEach(s -> out().printf(
                                Locale.ROOT,
                                "%7.2f%% %7.2f%% %6d %8s  %s%n",
                                s.cvPct(),
                                s.runCvPct(),
                                s.forks(),
                                s.forksNeeded() == null ? "-" : s.forksNeeded() < 0 ? ">1000" : s.forksNeeded(),
                                s.series()));
        out().printf(
                        Locale.ROOT,
                        "%nfalse alerts on each pair's own forks: %s raised a warning or critical; %s raised anything%n",
                        share(c.falseAlerts(), c.pairs()),
                        share(c.anyFlagged(), c.pairs()));
        out().printf(
                        Locale.ROOT,
                        "false alerts with the noise of the other runs (as compare uses this profile): %s raised a warning"
                                + " or critical; %s raised anything%n",
                        share(c.calibratedFalseAlerts(), c.pairs()),
                        share(c.calibratedAnyFlagged(), c.pairs()));
        out().println("fork CV: the noise between forks of one run; run CV: how far a run's level moves from run to"
                + " run beyond that (no number of forks averages it away; --compare-with runs both sides"
                + " interleaved, where it cancels)");
        out().println("needed: forks per side, interleaved, for 95% power at the warning threshold, with FDR control"
                + " over all series");
    }
}
