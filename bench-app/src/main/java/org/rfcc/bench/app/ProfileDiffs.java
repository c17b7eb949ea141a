package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.comparison.Change;
import org.rfcc.bench.model.comparison.Comparison;
import org.rfcc.bench.model.comparison.Level;
import org.rfcc.bench.model.comparison.ProfileDiff;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.profile.DiffProfile;
import org.rfcc.bench.runner.profile.ProfileException;
import org.rfcc.bench.runner.profile.Profilers;

/**
 * {@code --profile-diff}: each benchmark whose key series regressed (warning or louder) run again on
 * both sides with async-profiler on every JVM, {@value #ROUNDS} forks a side in ABBA order as the
 * comparison ran, then a differential flamegraph of head against base and the method whose share of
 * the samples grew the most ({@link DiffProfile}). A benchmark that cannot be profiled gets its
 * reason instead, in one line; the comparison itself stands either way.
 */
final class ProfileDiffs {
    /** Profiled forks per side: ABBA, so that both sides meet the same drift. */
    static final int ROUNDS = 2;
    /** The directory of the flamegraphs, under the report directory. */
    static final String DIR = "profile_diff";

    /** One side's build, able to run a benchmark's forks with an agent on every JVM. */
    interface Build {
        /**
         * The side that runs the plans that {@code only} matches ({@link #only(Change)}: the one that
         * measured a regression) with {@code agent} on every JVM, one fork a round.
         */
        Profiled open(String only, String agent);
    }

    /** A side opened for profiling; closing it ends what it started. */
    interface Profiled extends AutoCloseable {
        Interleaved.Side side();

        @Override
        default void close() {}
    }

    private ProfileDiffs() {}

    /**
     * {@code c} with the profiles of its regressions, drawn into {@code root/}{@value #DIR} and
     * named relative to {@code root}; {@code library} overrides ap-loader's async-profiler (null: its own).
     */
    static Comparison explain(Comparison c, Build base, Build head, Path root, String library, Console console) {
        return explain(c, base, head, root, root, library, console);
    }

    /**
     * {@link #explain(Comparison, Build, Build, Path, String, Console)} with the flamegraphs named
     * relative to {@code linkBase} (the working directory of {@code compare} and {@code ab}), or in
     * full where they lie outside it.
     */
    static Comparison explain(
            Comparison c, Build base, Build head, Path root, Path linkBase, String library, Console console) {
        Map<String, Change> regressed = new LinkedHashMap<>();
        int secondary = 0;
        for (Change ch : c.regressions(Level.WARNING)) {
            if (!Change.PRIMARY.equals(ch.family())) {
                secondary++;
                continue;
            }
            regressed.merge(
                    Plan.label(ch.suite(), ch.benchmark(), ch.params()),
                    ch,
                    (a, b) -> b.level().compareTo(a.level()) > 0 ? b : a);
        }
        if (secondary > 0) {
            console.note("--profile-diff: " + secondary + " regressions of secondary metrics go unprofiled: a CPU"
                    + " profile explains each benchmark's key series");
        }
        if (regressed.isEmpty()) {
            console.note("--profile-diff: no regression of a key series of warning size or louder to profile");
            return c;
        }
        Path lib;
        try {
            lib = library != null ? Path.of(library) : Profilers.asyncLibrary();
            Profilers.probe(lib, "cpu");
        } catch (ProfileException e) {
            console.warn("--profile-diff: " + e.getMessage() + "; the regressions go unprofiled");
            return c.withProfileDiffs(regressed.values().stream()
                    .map(ch -> ProfileDiff.failed(ch.suite(), ch.benchmark(), ch.params(), ch.metric(), e.getMessage()))
                    .toList());
        }
        Path dir = root.resolve(DIR);
        List<ProfileDiff> diffs = new ArrayList<>();
        regressed.forEach((label, ch) -> diffs.add(profile(label, ch, base, head, lib, dir, linkBase, console)));
        return c.withProfileDiffs(diffs);
    }

    private static ProfileDiff profile(
            String label, Change ch, Build base, Build head, Path lib, Path dir, Path linkBase, Console console) {
        String slug = ProfilePage.slug(label);
        Path raw = dir.resolve("raw").resolve(slug);
        Path baseDir = raw.resolve("base");
        Path headDir = raw.resolve("head");
        console.note("--profile-diff: " + label + ", " + ROUNDS + " profiled forks a side, interleaved");
        try {
            BuildCache.delete(raw);
            Files.createDirectories(baseDir);
            Files.createDirectories(headDir);
            try (Profiled b = base.open(only(ch), DiffProfile.agent(lib, baseDir));
                    Profiled h = head.open(only(ch), DiffProfile.agent(lib, headDir))) {
                Interleaved.run(b.side(), h.side(), ROUNDS, console);
            }
            DiffProfile.Result r = DiffProfile.diff(
                    baseDir,
                    headDir,
                    dir.resolve(slug + "-diff-flamegraph.html"),
                    label + ": head against base (CPU samples)");
            if (r.skipped() > 0) {
                console.warn("--profile-diff: " + label + ": " + r.skipped() + " unreadable recordings left out");
            }
            console.note("--profile-diff: " + label + ": " + r.sentence());
            return new ProfileDiff(
                    ch.suite(),
                    ch.benchmark(),
                    ch.params(),
                    ch.metric(),
                    link(r.flamegraph(), linkBase),
                    List.of(r.baseSamples(), r.headSamples()),
                    r.method(),
                    r.method() == null ? null : r.baseShare(),
                    r.method() == null ? null : r.headShare(),
                    r.sentence());
        } catch (ProfileException | UserException | UncheckedIOException | IOException e) {
            String why = "not profiled: " + e.getMessage();
            console.warn("--profile-diff: " + label + ": " + why);
            return ProfileDiff.failed(ch.suite(), ch.benchmark(), ch.params(), ch.metric(), why);
        }
    }

    private static String link(Path file, Path base) {
        Path f = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return f.startsWith(b) ? b.relativize(f).toString() : f.toString();
    }

    /**
     * The regular expression that matches the label ({@code suite/benchmark[k=v,…]}) of the plan
     * that measured {@code ch}, and no other: each of the plan's params is one of the change's (a
     * result can carry more, such as a jar's {@code mode}), in any order.
     */
    static String only(Change ch) {
        String start = "^" + Pattern.quote(ch.suite() + "/" + ch.benchmark());
        if (ch.params().isEmpty()) {
            return start + "$";
        }
        String pairs = ch.params().entrySet().stream()
                .map(e -> Pattern.quote(e.getKey() + "=" + e.getValue()))
                .collect(Collectors.joining("|"));
        return start + "(?:\\[(?:(?:" + pairs + ")[,\\]])+)?$";
    }
}
