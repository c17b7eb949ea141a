package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Json;

final class ChangepointsCommandTest {
    @TempDir
    Path dir;

    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    /** 60 points around 100 with 1% noise, then 60 around 120; rows shuffled by index. */
    private Path stepCsv() throws IOException {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("index,value\n");
        for (int i = 119; i >= 0; i--) {
            double level = i < 60 ? 100 : 120;
            csv.append(String.format(Locale.ROOT, "%d,%.4f%n", i, level * (1 + 0.01 * random.nextGaussian())));
        }
        return Files.writeString(dir.resolve("series.csv"), csv);
    }

    @Test
    void input_step_isFoundAtItsFirstPoint() throws IOException {
        Cli.Outcome o = run("changepoints", "--input", stepCsv().toString(), "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode points = Json.MAPPER.readTree(o.out()).get("change_points");
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("index").asInt()).isEqualTo(60);
        assertThat(points.get(0).get("change_pct").asDouble()).isBetween(18.0, 22.0);
        assertThat(points.get(0).has("p_value")).isTrue();
    }

    @Test
    void input_table_showsTheShift() throws IOException {
        Cli.Outcome o = run("changepoints", "--input", stepCsv().toString());
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("index", "60", "+");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no value column|index,score\\n1,2\\n|needs a value column",
                "no order column|value\\n1\\n|needs a value column and one of index, timestamp, started_at or commit",
                "not a number|index,value\\n0,1.5\\n1,fast\\n|series.csv:3: value 'fast' is not a finite number",
                "bad timestamp|timestamp,value\\nyesterday,1\\n|timestamp 'yesterday' is not ISO-8601",
                "ragged row|index,value\\n0,1,2\\n|series.csv:2: 3 cells where the header has 2",
                "header only|index,value\\n|no data rows under the header",
            })
    void input_bad_isOneLineAndExitTwo(String name, String content, String message) throws IOException {
        Path csv = Files.writeString(dir.resolve("series.csv"), content.replace("\\n", "\n"));
        Cli.Outcome o = run("changepoints", "--input", csv.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(message);
        assertThat(o.err().strip().lines()).hasSize(1);
    }

    @Test
    void input_missingOrEmptyFile_isAUserError() throws IOException {
        assertThat(run("changepoints", "--input", dir.resolve("nope.csv").toString())
                        .err())
                .contains("nope.csv: no such file");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThat(run("changepoints", "--input", empty.toString()).code()).isEqualTo(2);
    }

    @Test
    void options_outOfRange_areUserErrors() throws IOException {
        Path csv = stepCsv();
        assertThat(run("changepoints", "--input", csv.toString(), "--significance", "2")
                        .code())
                .isEqualTo(2);
        assertThat(run("changepoints", "--input", csv.toString(), "--format", "xml")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void stored_emptyHistory_saysSo() {
        Cli.Outcome o = run("--store=jdbc:sqlite:" + dir.resolve("h.db"), "changepoints");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("no change point in the stored series");
    }

    @Test
    void input_ourOwnHistoryCsv_withQuotedCellsHoldingCommas_isRead() throws IOException {
        StringBuilder csv = new StringBuilder(
                "run_id,started_at,commit,branch,profile,source,machine,suite,benchmark,params,metric,unit,direction,value\n");
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            double level = i < 30 ? 50 : 65;
            csv.append(String.format(
                    Locale.ROOT,
                    "r%02d,2026-11-%02dT10:00:00Z,null,null,jmh,run,fp,com.example.Bench,parse,"
                            + "\"note=a,b;size=16\",score,ms,lower_is_better,%.4f%n",
                    i,
                    1 + i / 3,
                    level * (1 + 0.01 * random.nextGaussian())));
        }
        Path file = Files.writeString(dir.resolve("history.csv"), csv);
        Cli.Outcome o = run("changepoints", "--input", file.toString(), "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(o.out());
        JsonNode points = doc.get("change_points");
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("series").asText())
                .isEqualTo("com.example.Bench/parse/score[note=a,b;size=16] machine fp profile jmh");
        JsonNode point = points.get(0).get("change_point");
        assertThat(point.get("index").asInt()).isEqualTo(30);
        assertThat(point.get("state").asText()).isEqualTo("confirmed");
        assertThat(point.get("change_low_pct").asDouble())
                .isLessThan(point.get("change_pct").asDouble())
                .isGreaterThan(20);
        assertThat(doc.get("method").get("significance").asDouble()).isEqualTo(Defaults.CHANGE_SIGNIFICANCE);
    }

    @Test
    void input_newestPointsAtANewLevel_areASuspectedChange_beforeTheyCanBeConfirmed() throws IOException {
        StringBuilder csv = new StringBuilder("index,value\n");
        Random random = new Random(8);
        for (int i = 0; i < 43; i++) {
            csv.append(i)
                    .append(',')
                    .append((i < 40 ? 100 : 130) * (1 + 0.01 * random.nextGaussian()))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("newest.csv"), csv);

        Cli.Outcome o = run("changepoints", "--input", file.toString());

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("suspected").contains("+30.");
        assertThat(o.out()
                        .lines()
                        .filter(l -> l.contains("suspected"))
                        .findFirst()
                        .orElseThrow())
                .startsWith("    40");
    }
}
