package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.report.OutputFormat;
import org.rfcc.bench.report.ReportData;
import org.rfcc.bench.report.ReportFiles;
import org.rfcc.bench.store.HistoryStore;

/** {@code report RUN}: every output file of a stored run or a run file, written again, with its trends. */
public final class Reports {
    /** The files written and how long the report and plots took. */
    public record Outcome(RunRecord run, List<Path> files, double seconds) {}

    private final Settings settings;

    public Reports(Settings settings) {
        this.settings = settings;
    }

    /**
     * Writes the files of the run {@code spec} names (a run file, a stored run id or its first
     * characters, or a git ref's newest stored run with {@code profile}) into {@code out}.
     */
    public Outcome write(String spec, Path out, String profile, boolean detailed) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a file; give a directory");
        }
        try (HistoryStore store = settings.openStore()) {
            RunRecord run = Baselines.resolve(spec, store, profile, settings.workDir());
            Files.createDirectories(out);
            long start = System.nanoTime();
            List<Path> files = ReportFiles.write(
                    new ReportData(
                            run, Trends.of(store, run), detailed, store != null, Adoption.ofMain(settings, store)),
                    out,
                    java.util.EnumSet.allOf(OutputFormat.class),
                    true,
                    null);
            return new Outcome(run, files, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out, e);
        }
    }
}
