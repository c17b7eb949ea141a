package org.rfcc.bench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
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
        List<RunRecord> baseRuns = new ArrayList<>();
        List<RunRecord> headRuns = new ArrayList<>();
        int round = 0;
        for (int f = 0; f < forks; f++) {
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
