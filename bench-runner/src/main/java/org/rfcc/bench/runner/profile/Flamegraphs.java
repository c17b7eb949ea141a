package org.rfcc.bench.runner.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import one.convert.Main;

/**
 * Profiles as files: a JFR recording's stacks as collapsed stacks ({@link JfrStacks}), and collapsed
 * stacks as a flamegraph or, two of them, as a differential flamegraph, drawn by async-profiler's
 * converter (jfrconv, inside ap-loader) in this process. Every file is written to a temporary name
 * and then moved, so a profile is whole or absent.
 */
public final class Flamegraphs {
    private Flamegraphs() {}

    /** Writes the collapsed stacks of {@code event} in {@code jfr} to {@code out}; fails when it has none. */
    public static Path collapsed(Path jfr, Path out, String event) {
        return collapsed(List.of(jfr), out, event);
    }

    /** Writes the collapsed stacks of {@code event} in all of {@code recordings}, summed, to {@code out}. */
    public static Path collapsed(List<Path> recordings, Path out, String event) {
        List<String> lines = JfrStacks.read(recordings, event);
        if (lines.isEmpty()) {
            throw new ProfileException(
                    "the recording " + recordings.get(0).getFileName() + " has no " + event + " samples");
        }
        return write(lines, out);
    }

    /** Writes collapsed-stack {@code lines} to {@code out}, whole or not at all. */
    static Path write(List<String> lines, Path out) {
        Path tmp = temporary(out);
        try {
            Files.write(tmp, lines);
            return Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** The flamegraph HTML of the collapsed stacks {@code collapsed}. */
    public static Path html(Path collapsed, Path out, String title) {
        return draw(List.of(collapsed), out, title, List.of());
    }

    /** The differential flamegraph of {@code head} against {@code base} (collapsed stacks): frames coloured by their change. */
    public static Path diff(Path base, Path head, Path out, String title) {
        return draw(List.of(base, head), out, title, List.of("--diff"));
    }

    private static Path draw(List<Path> inputs, Path out, String title, List<String> options) {
        Path tmp = temporary(out);
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-o", "html", "--title", title));
        inputs.forEach(p -> args.add(p.toString()));
        args.add(tmp.toString());
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream())); // its "Converting …" line
            Main.main(args.toArray(String[]::new));
            if (!Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
                throw new IOException("the converter wrote nothing");
            }
            return Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            deleteQuietly(tmp);
            throw new ProfileException("cannot draw " + out.getFileName() + ": " + e.getMessage(), e);
        } finally {
            System.setOut(stdout);
        }
    }

    private static Path temporary(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return out.resolveSibling("." + (dot < 0 ? name : name.substring(0, dot)) + "-"
                + ProcessHandle.current().pid() + ".tmp" + ext);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
