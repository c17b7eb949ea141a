package org.rfcc.bench.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.store.ingest.Ingest;
import org.rfcc.bench.store.ingest.Labels;

/**
 * Runs two builds one fork at a time, in ABBA order (base, head, head, base, base, …), so that
 * whatever the machine drifts through during the session falls on both sides alike. Each round
 * is a whole {@code run} of one build with one fork, in its own JVM.
 */
final class Interleaved {
    /** One build: a label, the directory it runs in (its git state is recorded) and its classpath. */
    record Side(String label, Path workTree, String classpath) {}

    /** The rounds of each side, in the order they ran. */
    record Rounds(List<RunRecord> base, List<RunRecord> head) {}

    private Interleaved() {}

    /**
     * Runs {@code forks} rounds of each side with the {@code run} arguments {@code runArgs}.
     *
     * @param globalArgs the arguments before {@code run} (--config with an absolute path)
     */
    static Rounds run(
            Side base, Side head, List<String> globalArgs, List<String> runArgs, int forks, Consumer<String> say) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("rfcc-bench-interleaved-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
        List<RunRecord> baseRuns = new ArrayList<>();
        List<RunRecord> headRuns = new ArrayList<>();
        int round = 0;
        for (int f = 0; f < forks; f++) {
            List<Side> order = f % 2 == 0 ? List.of(base, head) : List.of(head, base);
            for (Side side : order) {
                round++;
                say.accept(String.format(
                        Locale.ROOT,
                        "round %d of %d: %s, fork %d of %d",
                        round,
                        2 * forks,
                        side.label(),
                        f + 1,
                        forks));
                RunRecord r = once(side, globalArgs, runArgs, scratch.resolve(side.label() + "-" + f));
                (side == base ? baseRuns : headRuns).add(r);
            }
        }
        return new Rounds(baseRuns, headRuns);
    }

    private static RunRecord once(Side side, List<String> globalArgs, List<String> runArgs, Path dir) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-DDJL_OFFLINE=true",
                "-DOPT_OUT_TRACKING=true",
                "-cp",
                side.classpath(),
                "org.rfcc.bench.cli.Main"));
        command.addAll(globalArgs);
        command.add("run");
        command.addAll(runArgs);
        command.addAll(List.of("--forks", "1", "--no-store", "--report-dir", dir.toString()));
        try {
            Files.createDirectories(dir);
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(side.workTree().toFile())
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .redirectError(dir.resolve("stderr.log").toFile())
                    .redirectInput(new File("/dev/null"));
            pb.environment().put("DJL_OFFLINE", "true");
            pb.environment().put("OPT_OUT_TRACKING", "true");
            pb.environment()
                    .put("RFCC_BENCH_HOME", side.workTree().toAbsolutePath().toString());
            int exit = pb.start().waitFor();
            Path record = dir.resolve(RunCommand.RUN_FILE);
            if (exit > 1 || !Files.exists(record)) {
                String err = Files.readString(dir.resolve("stderr.log"), StandardCharsets.UTF_8);
                throw new UserException("the " + side.label() + " run failed (exit " + exit + "): " + lastLine(err));
            }
            return Ingest.parse(record, Labels.none());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the " + side.label() + " build", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted during the " + side.label() + " run");
        }
    }

    /** The last non-blank line of {@code text}, for a one-line error. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
    }
}
