package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Machine;
import org.rfcc.bench.model.RunRecord;

final class InterleavedTest {
    private final List<String> ran = new ArrayList<>();
    private final List<String> said = new ArrayList<>();

    private Interleaved.Side side(String label) {
        return new Interleaved.Side(label, fork -> {
            ran.add(label + fork);
            Instant t = Instant.parse("2026-11-27T15:00:00Z");
            return new RunRecord(
                    RunRecord.SCHEMA,
                    label + "-" + fork,
                    t,
                    t,
                    "jmh",
                    "ab",
                    null,
                    new Machine("fp", null, null, 0, 0, null, List.of(), null, null, false),
                    Map.of(),
                    List.of(),
                    List.of(),
                    null);
        });
    }

    private final Console console = new Console() {
        @Override
        public org.rfcc.bench.runner.RunListener progress() {
            return Console.silent().progress();
        }

        @Override
        public void note(String line) {
            said.add(line);
        }

        @Override
        public void warn(String line) {
            said.add("warning: " + line);
        }
    };

    @Test
    void run_alternatesABBA_oneForkARound_eachSideGettingItsOwnRounds() {
        Interleaved.Rounds rounds = Interleaved.run(side("base"), side("head"), 3, console);
        assertThat(ran).containsExactly("base0", "head0", "head1", "base1", "base2", "head2");
        assertThat(rounds.base()).extracting(RunRecord::runId).containsExactly("base-0", "base-1", "base-2");
        assertThat(rounds.head()).extracting(RunRecord::runId).containsExactly("head-0", "head-1", "head-2");
        assertThat(said).first().isEqualTo("round 1 of 6: base, fork 1 of 3");
        assertThat(said).last().isEqualTo("round 6 of 6: head, fork 3 of 3");
    }

    @Test
    void sequential_stopsOnceClear_neverBeforeTheMinimum_andAtTheMaximum() {
        List<Integer> looks = new ArrayList<>();
        Interleaved.Rounds clear = Interleaved.run(
                side("base"),
                side("head"),
                new Interleaved.Stopping(
                        3,
                        5,
                        r -> {
                            looks.add(r.base().size());
                            return r.base().size() == 4;
                        },
                        null),
                console);
        assertThat(looks)
                .as("looked after each fork a side from the minimum on")
                .containsExactly(3, 4);
        assertThat(clear.base()).hasSize(4);
        assertThat(clear.head()).hasSize(4);
        assertThat(said).last().isEqualTo("clear after 4 forks a side; stopping");

        ran.clear();
        Interleaved.Rounds never =
                Interleaved.run(side("base"), side("head"), new Interleaved.Stopping(2, 3, r -> false, null), console);
        assertThat(never.base()).as("never clear: stops at the maximum").hasSize(3);
    }

    @Test
    void sequential_stopsBeforeAForkThatWouldPassTheBudget() {
        Interleaved.Side slowBase = new Interleaved.Side("base", fork -> {
            sleep(60);
            return side("base").round().apply(fork);
        });
        Interleaved.Rounds rounds = Interleaved.run(
                slowBase, side("head"), new Interleaved.Stopping(2, 10, r -> false, Duration.ofMillis(150)), console);
        assertThat(rounds.base())
                .as("two forks took about 120 ms; a third would end near 180 ms, past the budget")
                .hasSize(2);
        assertThat(said.get(said.size() - 1)).startsWith("another fork a side would pass the time budget");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void lastLine_isTheLastNonBlankLine() {
        assertThat(Interleaved.lastLine("a\nboom\n\n")).isEqualTo("boom");
        assertThat(Interleaved.lastLine("  ")).isEqualTo("(no output)");
    }
}
