package org.rfcc.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The assembled application, run as a user runs it: its own JVM, from the repository root. */
final class App {
    /** What a command line returned and printed. */
    record Outcome(int code, String out, String err) {}

    private App() {}

    /** Runs {@code rfcc-bench args…}, its output captured in files under {@code scratch}. */
    static Outcome run(Path scratch, String... args) throws IOException, InterruptedException {
        return run(scratch, Map.of(), args);
    }

    /** {@link #run(Path, String...)} with {@code env} added to the environment. */
    static Outcome run(Path scratch, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("rfcc.app.lib") + "/*",
                "org.rfcc.bench.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.directory(
                        Path.of(System.getProperty("rfcc.repo.root")).toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("rfcc-bench " + String.join(" ", args) + " ran over 5 minutes");
        }
        return new Outcome(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
