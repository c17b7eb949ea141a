package org.rfcc.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.report.RunRecordWriter;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.stats.Calibration;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;
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
            "Reports how many of the N(N-1)/2 A/A comparisons raised a warning or critical (they all should not), each series' coefficient of variation between forks, and the forks per side a comparison needs for 95% power at the warning threshold. The noise is stored in .rfcc-bench/noise-PROFILE.json, where compare, run --compare-with and quick-check use it as the variance prior of each metric. The runs themselves are not stored in the history."
        })
final class CalibrateCommand extends BaseCommand {
    @Option(
            names = "--runs",
            defaultValue = "10",
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
    protected int doCall() throws IOException {
        if (runs < 2) {
            throw new UserException("--runs must be at least 2, got " + runs);
        }
        String chosen = profiles.chosen();
        if (runsDir != null) {
            Files.createDirectories(runsDir);
        }
        Path configFile = RfccBenchCommand.config(spec);
        AlertsConfig alertsConfig = AlertsFiles.load(alerts, configFile);
        BenchConfig loaded = RunCommand.loadConfig(configFile, chosen, forks);
        BenchConfig config =
                forks != null ? loaded : loaded.withForks(Math.max(loaded.forks(), alertsConfig.minForks()));
        List<RunRecord> made = from != null ? read(from) : runAll(config, chosen);
        if (runsDir != null) {
            for (int i = 0; i < made.size(); i++) {
                new RunRecordWriter().write(made.get(i), runsDir.resolve("aa-" + (i + 1) + ".json"));
            }
        }
        Calibration c = Calibration.of(made, alertsConfig);
        print(c);
        String machine = made.get(0).machine().fingerprint();
        Path file = AlertsFiles.noiseFile(chosen);
        c.profile(machine, chosen, Instant.now()).write(file);
        out().println("stored the noise profile in " + file);
        return ExitCodes.OK;
    }

    private List<RunRecord> runAll(BenchConfig config, String chosen) {
        List<RunRecord> made = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            err().printf(Locale.ROOT, "rfcc-bench: A/A run %d of %d (%s, %d forks)%n", i, runs, chosen, config.forks());
            err().flush();
            made.add(RunService.run(
                    config,
                    config.effective(),
                    chosen,
                    "run",
                    new LinkedHashSet<>(RunService.availableSuites()),
                    Path.of("."),
                    new ConsoleProgress(err(), System.console() != null),
                    line -> err().println("rfcc-bench: warning: " + line)));
        }
        return made;
    }

    /** The run files of {@code dir}, in name order: an earlier --runs-dir, or any A/A runs. */
    private static List<RunRecord> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserException("--from " + dir + ": no such directory");
        }
        List<RunRecord> runs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                runs.add(Ingest.parse(f, Labels.none()));
            }
        }
        if (runs.size() < 2) {
            throw new UserException("--from " + dir + ": " + runs.size() + " run files; calibration needs at least 2");
        }
        return runs;
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
