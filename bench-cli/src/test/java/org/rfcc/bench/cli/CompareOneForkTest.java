package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} of one-fork JMH files, as 20 of 27 real JMH files are: honest about what it cannot tell. */
final class CompareOneForkTest {
    private static final String BASE_COMMIT = "1".repeat(40);
    private static final String HEAD_COMMIT = "2".repeat(40);

    @TempDir
    Path dir;

    private String store() {
        return "jdbc:sqlite:" + dir.resolve("history.db");
    }

    private Path jmh(String name, double parse, double write) throws IOException {
        String one = IngestCommandTest.jmh("parse", "us/op", parse);
        String two = IngestCommandTest.jmh("write", "us/op", write);
        return Files.writeString(dir.resolve(name), one.substring(0, one.length() - 1) + ", " + two.substring(1));
    }

    @Test
    void oneForkASide_isUndecided_namingTheLargestChange_andExitsZero_unlessFailOnUndecided() throws IOException {
        Path base = jmh("base.json", 100, 50);
        Path head = jmh("head.json", 157, 51);

        Cli.Outcome o = Cli.run("--store", store(), "compare", base.toString(), head.toString());

        assertThat(o.code()).isZero();
        assertThat(o.out())
                .contains("UNDECIDED: not one of the 2 metrics could be decided (too few forks to decide (1 vs 1;")
                .contains("the largest changes: +57.0% org.example.Bench/parse/score[mode=avgt]")
                .doesNotContain("no regression");
        assertThat(Cli.run("--store", store(), "compare", "--fail-on-undecided", base.toString(), head.toString())
                        .code())
                .isEqualTo(1);
    }

    @Test
    void singleSampleThreshold_judgesByTheThresholds_labelledSo() throws IOException {
        Path base = jmh("base.json", 100, 50);
        Path head = jmh("head.json", 157, 51);

        Cli.Outcome o = Cli.run(
                "--store", store(), "compare", "--single-sample", "threshold", base.toString(), head.toString());

        assertThat(o.code())
                .as("a critical regression, judged by its threshold alone")
                .isEqualTo(1);
        assertThat(o.out())
                .contains("CRITICAL: 1 critical")
                .contains("2 metrics judged by their threshold alone (--single-sample threshold)");
        Cli.Outcome bad =
                Cli.run("--store", store(), "compare", "--single-sample", "maybe", base.toString(), head.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--single-sample must be undecided or threshold, got 'maybe'");
    }

    @Test
    void fullCommitIds_ofImportedRuns_areRefsEvenWhereThisCheckoutLacksThem() throws IOException {
        // before: "'1111…' is not a run file, a stored run id or a git ref of this checkout"
        Cli.Outcome in = Cli.run(
                "--store",
                store(),
                "ingest",
                "--commit",
                BASE_COMMIT,
                jmh("base.json", 100, 50).toString());
        assertThat(in.code()).as(in.err()).isZero();
        Cli.run(
                "--store",
                store(),
                "ingest",
                "--commit",
                HEAD_COMMIT,
                jmh("head.json", 157, 51).toString());

        Cli.Outcome o = Cli.run("--store", store(), "compare", BASE_COMMIT, HEAD_COMMIT);

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("@ 1111111111", "@ 2222222222", "UNDECIDED");
    }

    @Test
    void benchmarksOfOneSide_areListed() throws IOException {
        Path base = Files.writeString(dir.resolve("b.json"), IngestCommandTest.jmh("gone", "us/op", 1, 1, 1));
        Path both = jmh("h.json", 100, 50);
        Cli.Outcome o = Cli.run("--store", store(), "compare", base.toString(), both.toString());

        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains("share no successful benchmark result");
        Path mixed = Files.writeString(
                dir.resolve("m.json"),
                IngestCommandTest.jmh("parse", "us/op", 100).replace("}}]", "}}, ")
                        + IngestCommandTest.jmh("gone", "us/op", 1).substring(1));
        Cli.Outcome listed = Cli.run("--store", store(), "compare", mixed.toString(), both.toString());
        assertThat(listed.out())
                .contains("1 benchmark only in the base, not compared: org.example.Bench/gone[mode=avgt]")
                .contains("1 benchmark only in the head, not compared: org.example.Bench/write[mode=avgt]");
    }
}
