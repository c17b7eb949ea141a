package org.rfcc.bench.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.rfcc.bench.model.RunRecord;

/**
 * Runs two sides one fork at a time, in ABBA order (base, head, head, base, base, …), so that
 * whatever the machine drifts through during the session falls on both sides alike. Each round
 * is a whole run of one side with one fork; what a round is depends on the sides (a build of
 * another commit, a JMH jar).
 */
final class Interleaved {
    /**
     * One side of the comparison.
     *
     * @param label the side's name in progress lines, e.g. {@code base}
     * @param round runs round {@code fork} (0-based) of this side: one fork of every benchmark
     */
    record Side(String label, IntFunction<RunRecord> round) {}

    /** The rounds of each side, in the order they ran. */
    record Rounds(List<RunRecord> base, List<RunRecord> head) {}

    private Interleaved() {}

    /** Runs {@code forks} rounds of each side in ABBA order, saying each round on {@code console}. */
    static Rounds run(Side base, Side head, int forks, Console console) {
        return run(base, head, new Stopping(forks, forks, rounds -> false, null), console);
    }

    /**
     * When a sequential comparison stops: never before {@code minForks} a side, at {@code maxForks},
     * after a fork as soon as {@code enough} says the answer is clear, or before a fork that would
     * end past {@code budget} (null: none), judged by the mean time of the forks so far.
     */
    record Stopping(int minForks, int maxForks, Predicate<Rounds> enough, Duration budget) {}

    /** Runs rounds of each side in ABBA order until {@code stopping} says stop, saying each round on {@code console}. */
    static Rounds run(Side base, Side head, Stopping stopping, Console console) {
        List<RunRecord> baseRuns = new ArrayList<>();
        List<RunRecord> headRuns = new ArrayList<>();
        int round = 0;
        int forks = stopping.maxForks();
        long started = System.nanoTime();
        for (int f = 0; f < forks; f++) {
            if (f >= stopping.minForks()) {
                Rounds sofar = new Rounds(List.copyOf(baseRuns), List.copyOf(headRuns));
                if (stopping.enough().test(sofar)) {
                    console.note(String.format(Locale.ROOT, "clear after %d forks a side; stopping", f));
                    return sofar;
                }
                Duration spent = Duration.ofNanos(System.nanoTime() - started);
                if (stopping.budget() != null && spent.plus(spent.dividedBy(f)).compareTo(stopping.budget()) > 0) {
                    console.note(String.format(
                            Locale.ROOT,
                            "another fork a side would pass the time budget of %d s; stopping at %d",
                            stopping.budget().toSeconds(),
                            f));
                    return sofar;
                }
            }
            for (Side side : f % 2 == 0 ? List.of(base, head) : List.of(head, base)) {
                round++;
                console.note(String.format(
                        Locale.ROOT,
                        "round %d of %d: %s, fork %d of %d",
                        round,
                        2 * forks,
                        side.label(),
                        f + 1,
                        forks));
                (side == base ? baseRuns : headRuns).add(side.round().apply(f));
            }
        }
        return new Rounds(baseRuns, headRuns);
    }

    /** The last non-blank line of {@code text}, for a one-line error. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "(no output)" : lines[lines.length - 1];
    }
}
