package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.report.RunRecordWriter;
import org.rfcc.bench.runner.BenchmarkFilter;
import org.rfcc.bench.runner.RunService;
import org.rfcc.bench.stats.Calibration;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/**
 * {@code calibrate}: the current code run N times (A/A), every pair compared; the false-alert
 * rate, and each series' noise stored as this machine's noise profile, the prior of later
 * comparisons.
 */
public final class Calibrations {
    /**
     * What to calibrate from.
     *
     * @param forks forks per benchmark in each run, or null for the config's (at least min_forks)
     * @param from a directory of run files to calibrate from instead of running, or null
     * @param runsDir where to write each A/A run as {@code aa-N.json}, or null
     */
    public record Request(int runs, Integer forks, String profile, Path from, Path runsDir) {
        public Request {
            if (runs < 2) {
                throw new UserException("--runs must be at least 2, got " + runs);
            }
        }
    }

    /** The calibration and where its noise profile was stored. */
    public record Outcome(Calibration calibration, Path noiseFile) {}

    private final Settings settings;
    private final Console console;

    public Calibrations(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Runs (or reads) the A/A runs and stores the noise profile. */
    public Outcome calibrate(Request r) {
        AlertsConfig alerts = Configs.alerts(settings);
        List<RunRecord> made = r.from() != null ? read(r.from()) : runAll(r, alerts);
        try {
            if (r.runsDir() != null) {
                Files.createDirectories(r.runsDir());
                for (int i = 0; i < made.size(); i++) {
                    new RunRecordWriter().write(made.get(i), r.runsDir().resolve("aa-" + (i + 1) + ".json"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the A/A runs to " + r.runsDir(), e);
        }
        Calibration c = Calibration.of(made, alerts);
        String machine = made.get(0).machine().fingerprint();
        Path file = Configs.noiseFile(settings, r.profile());
        c.profile(machine, r.profile(), Instant.now()).write(file);
        return new Outcome(c, file);
    }

    private List<RunRecord> runAll(Request r, AlertsConfig alerts) {
        BenchConfig loaded = Configs.load(settings, r.profile(), r.forks());
        BenchConfig config = r.forks() != null ? loaded : loaded.withForks(Math.max(loaded.forks(), alerts.minForks()));
        List<RunRecord> made = new ArrayList<>();
        for (int i = 1; i <= r.runs(); i++) {
            console.note(String.format(
                    Locale.ROOT, "A/A run %d of %d (%s, %d forks)", i, r.runs(), r.profile(), config.forks()));
            made.add(Runs.measure(
                    config,
                    r.profile(),
                    new LinkedHashSet<>(RunService.availableSuites()),
                    BenchmarkFilter.ALL,
                    "run",
                    settings,
                    console));
        }
        return made;
    }

    /** The run files of {@code dir}, in name order: an earlier --runs-dir, or any A/A runs. */
    private static List<RunRecord> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserException("--from " + dir + ": no such directory");
        }
        List<RunRecord> runs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                runs.add(Ingest.parse(f, Labels.none()));
            }
        } catch (IOException e) {
            throw new UserException("--from " + dir + ": cannot list it: " + e.getMessage());
        }
        if (runs.size() < 2) {
            throw new UserException("--from " + dir + ": " + runs.size() + " run files; calibration needs at least 2");
        }
        return runs;
    }
}
