package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;
import org.rfcc.compressor.corpus.CorpusGenerator;
import org.rfcc.compressor.corpus.EvalDocument;

final class CliTest {
    private static final EvalDocument DOC = new CorpusGenerator().generate(5_000, 17);

    @TempDir
    Path dir;

    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    private static Cli.Outcome runWithStdin(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private Path document() throws IOException {
        return Files.writeString(dir.resolve("doc.txt"), DOC.text());
    }

    @Test
    void help_and_version_exitZero() {
        Cli.Outcome help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("compress", "eval", "run");
        assertThat(run("compress", "--help").out()).contains("--model", "--ratio", "--query", "--stream", "--json");
        assertThat(run("--version").out()).startsWith("rfcc-bench ");
    }

    @Test
    void compress_json_hasTheContractFields() throws IOException {
        Cli.Outcome o =
                run("compress", "--model", "rfcc-base-4x", "--json", document().toString());
        assertThat(o.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.get("model").asText()).isEqualTo("rfcc-base-4x");
        assertThat(json.get("target_ratio").asDouble()).isEqualTo(4.0);
        assertThat(json.get("achieved_ratio").asDouble()).isBetween(3.6, 4.4);
        assertThat(json.get("input_tokens").asInt()).isEqualTo(DOC.tokens());
        assertThat(json.get("output_tokens").asInt()).isPositive();
        JsonNode span = json.get("kept_spans").get(0);
        String first = DOC.text().substring(span.get(0).asInt(), span.get(1).asInt());
        assertThat(json.get("text").asText()).startsWith(first);
        assertThat(json.get("stages_ms").fieldNames())
                .toIterable()
                .containsExactly("split", "tokenize", "embed", "select");
    }

    @Test
    void compress_plainText_fromStdin_isTheCompressedText() {
        Cli.Outcome o = runWithStdin(DOC.text().getBytes(StandardCharsets.UTF_8), "compress", "--ratio", "8", "-");
        assertThat(o.code()).isZero();
        assertThat(o.out().length())
                .isBetween(DOC.text().length() / 12, DOC.text().length() / 5);
        // extractive: the first kept sentence is the document's own text (the next one need not follow it there)
        assertThat(DOC.text()).contains(o.out().substring(0, o.out().indexOf(". ") + 1));
    }

    @Test
    void compress_stream_json_writesOneLinePerWindow() throws IOException {
        Path big = Files.writeString(
                dir.resolve("big.txt"),
                new CorpusGenerator().generate(10_000, 3).text());
        Cli.Outcome o = run("compress", "--stream", "--json", big.toString());
        assertThat(o.code()).isZero();
        String[] lines = o.out().strip().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(2);
        assertThat(new ObjectMapper().readTree(lines[1]).get("window").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown model   | --model rfcc-base-3x     | valid models: rfcc-base-2x, rfcc-base-4x, rfcc-base-8x",
                "ratio too small | --ratio 0.5             | outside 1-64",
                "ratio too large | --ratio 100             | outside 1-64",
                "ratio not a num | --ratio fast            | Invalid value for option '--ratio'",
                "bad tokenizer   | --tokenizer p50k_base   | unknown tokenizer 'p50k_base'",
                "unknown flag    | --fast 1                | Unknown options: '--fast'",
            })
    void compress_badOption_isOneLineAndExitTwo(String name, String option, String message) throws IOException {
        String[] parts = option.split(" ");
        Cli.Outcome o = run("compress", parts[0], parts[1], document().toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(message);
        assertThat(o.err().strip().lines()).hasSize(1);
        assertThat(o.out()).isEmpty();
    }

    @Test
    void compress_missingFile_orDirectory_exitTwo() {
        Cli.Outcome missing = run("compress", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
        Cli.Outcome directory = run("compress", dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory");
    }

    @Test
    void compress_emptyInput_exitTwo() throws IOException {
        Cli.Outcome o = run(
                "compress", Files.writeString(dir.resolve("empty.txt"), " \n").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip())
                .isEqualTo("rfcc-bench: the input document is empty; give a file or pipe text to stdin");
    }

    @Test
    void compress_notUtf8_exitTwo_alsoWhenStreaming() {
        byte[] latin1 = "Caf\u00e9 society met in the Parliament today.".getBytes(StandardCharsets.ISO_8859_1);
        for (String mode : new String[] {"--json", "--stream"}) {
            Cli.Outcome o = runWithStdin(latin1, "compress", mode);
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err().strip())
                    .isEqualTo(
                            "rfcc-bench: standard input is not valid UTF-8 text; convert it first (e.g. iconv -t UTF-8)");
        }
    }

    @Test
    void compress_tooShort_saysItsTokenCount() throws IOException {
        Cli.Outcome o = run(
                "compress",
                Files.writeString(dir.resolve("short.txt"), "Hello there. Short.")
                        .toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("too short to compress: it has 5 tokens");
    }

    @Test
    void eval_smallMatrix_printsTheTable() {
        Cli.Outcome o = run("eval", "--sizes", "1000", "--ratios", "4", "--docs", "1");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("retention", "reconstruction", "rfcc+query", "rfcc ", "random", "lead-n");
        assertThat(o.out().strip().lines()).hasSize(5);
        assertThat(o.err()).contains("eval: ");
    }

    @Test
    void eval_badArguments_exitTwo() {
        assertThat(run("eval", "--sizes", "500").err()).contains("--sizes: 500 is outside 1000-100000");
        assertThat(run("eval", "--ratios", "70").code()).isEqualTo(2);
        assertThat(run("eval", "--docs", "0").err()).contains("--docs must be at least 1");
        assertThat(run("eval", "--model", "gpt").err()).contains("unknown model 'gpt'");
    }

    @Test
    void history_listsStoredRuns_asTableJsonAndCsv() throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve("h/history.db");
        try (HistoryStore store = Stores.open(url)) {
            store.store(StoredRuns.run("run-a", "2026-11-01T10:00:00Z", 9000));
            store.store(StoredRuns.run("run-b", "2026-11-02T10:00:00Z", 9500));
        }
        Cli.Outcome table = run("--store", url, "history");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("run-a", "run-b", "compression/compression_speed", "2 rows from 2 runs");
        JsonNode json = new ObjectMapper()
                .readTree(run("--store", url, "history", "--format", "json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("value").asDouble()).isEqualTo(9500.0);
        assertThat(json.get(0).fieldNames())
                .toIterable()
                .contains(
                        "run_id",
                        "started_at",
                        "commit",
                        "branch",
                        "profile",
                        "source",
                        "suite",
                        "benchmark",
                        "params",
                        "metric",
                        "unit",
                        "direction",
                        "value");
        assertThat(run("--store", url, "history", "--format", "csv", "--since", "2026-11-02")
                        .out()
                        .lines())
                .hasSize(2);
        assertThat(run("--store", url, "history", "--param", "document_size=5").out())
                .contains("0 rows");
    }

    @Test
    void store_pruneBackupRestoreExport_roundTrip() throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve("s/history.db");
        try (HistoryStore store = Stores.open(url)) {
            store.store(StoredRuns.run("ancient", "2020-01-01T00:00:00Z", 1000));
            store.store(
                    StoredRuns.run("recent", Instant.now().minusSeconds(3600).toString(), 2000));
        }
        Cli.Outcome dry = run("--store", url, "store", "prune", "--dry-run");
        assertThat(dry.out().lines()).hasSize(1).allMatch(l -> l.startsWith("ancient "));
        Cli.Outcome backup =
                run("--store", url, "store", "backup", "--to", dir.resolve("bk").toString(), "--keep", "1");
        assertThat(backup.out()).startsWith("backed up 2 runs to ");
        assertThat(run("--store", url, "store", "prune").err()).contains("removed 1 runs");
        assertThat(run("--store", url, "history").out()).contains("1 rows from 1 runs");
        Path backupFile;
        try (var files = Files.list(dir.resolve("bk"))) {
            backupFile = files.findFirst().orElseThrow();
        }
        String restored = "jdbc:sqlite:" + dir.resolve("r/history.db");
        assertThat(run("--store", restored, "store", "restore", "--from", backupFile.toString())
                        .out())
                .startsWith("restored 2 runs");
        assertThat(run("--store", restored, "store", "export").out().lines()).hasSize(2);
        Cli.Outcome again = run("--store", restored, "store", "restore", "--from", backupFile.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("restore needs an empty store");
        assertThat(run("--store", url, "store", "prune", "--older-than", "soon").err())
                .contains("not an age");
    }

    @Test
    void ingest_badFiles_areReported_goodOnesStillGoIn_historyOtherwiseUntouched() throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve("i/history.db");
        Path good = Files.writeString(
                dir.resolve("good.json"), "[{\"name\": \"parse\", \"unit\": \"ms\", \"value\": 12.5}]");
        Path truncated = Files.writeString(dir.resolve("truncated.json"), "[{\"name\": \"parse\", \"unit\": ");
        Path notARun = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
        Path nan = Files.writeString(dir.resolve("nan.json"), "[{\"name\": \"x\", \"unit\": \"ms\", \"value\": NaN}]");
        Cli.Outcome bad = run("--store", url, "ingest", truncated.toString(), notARun.toString(), nan.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(3);
        assertThat(bad.err()).contains(truncated + ": truncated JSON", notARun + ": not a run record", nan.toString());
        assertThat(run("--store", url, "store", "stats").out()).startsWith("runs 0,");
        Cli.Outcome mixed = run("--store", url, "ingest", good.toString(), truncated.toString());
        assertThat(mixed.code()).isEqualTo(1);
        assertThat(mixed.out()).startsWith("ingested run ");
        assertThat(run("--store", url, "ingest", good.toString()).out()).startsWith("already stored: run ");
        assertThat(run("--store", url, "store", "stats").out()).startsWith("runs 1, series 1, samples 1,");
        assertThat(run("--store", url, "ingest", "--commit", "abc", good.toString())
                        .err())
                .contains("--commit must be");
    }

    @Test
    void history_badInput_exitTwo() {
        assertThat(run("--store", "jdbc:mysql://db/x", "history").err())
                .contains("unsupported store URL 'jdbc:mysql://db/x'");
        assertThat(run("history", "--format", "xml").err()).contains("--format must be table, json or csv");
        assertThat(run("--store", "jdbc:sqlite:" + dir.resolve("x.db"), "history", "--since", "yesterday")
                        .err())
                .contains("--since 'yesterday' is not a date");
    }

    @Test
    void run_badStore_failsBeforeAnyBenchmark() {
        Cli.Outcome o =
                run("--config", "../benchmarks/config.yaml", "--store", "jdbc:oracle:thin:@x", "run", "--quick");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("rfcc-bench: unsupported store URL");
        assertThat(o.err()).doesNotContain("[1/");
    }

    @Test
    void run_missingConfig_isOneLineAndExitTwo() {
        Cli.Outcome o = run("--config", dir.resolve("none.yaml").toString(), "run", "--quick");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("rfcc-bench: " + dir.resolve("none.yaml") + ": no such file");
        assertThat(o.err().strip().lines()).hasSize(1);
    }

    @Test
    void run_contradictoryOrBadOptions_exitTwo() {
        assertThat(run("run", "--quick", "--profile", "nightly").err()).contains("contradict");
        assertThat(run("run", "--source", "cron").err()).contains("--source must be run, pre-commit or ci");
        assertThat(run("run", "--forks", "0").err()).contains("--forks must be at least 1");
        assertThat(run("run", "--forks", "many").code()).isEqualTo(2);
        assertThat(run("run", "--quick", "--include", "(", "--no-store").err())
                .contains("--include/--exclude '(' is not a regular expression");
        assertThat(run("run", "--quick", "--interleaved").err())
                .isEqualTo("rfcc-bench: --interleaved says how to compare with --compare-with: give it\n");
        assertThat(run("run", "--jmh-jar", "any.jar", "--compare-with", "HEAD", "--interleaved")
                        .err())
                .startsWith("rfcc-bench: --interleaved needs a build of REF, which a jar does not make");
        assertThat(run("run", "--quick", "--rounds", "--compare-with", "HEAD").err())
                .contains("--rounds serves one side of an interleaved comparison; leave out --compare-with");
        assertThat(run("run", "--quick", "--jmh-param", "n=1").err())
                .contains(
                        "--jmh-param, --warmup-iterations, --iterations, --time and --prof-gc choose how a JMH jar's");
    }

    @Test
    void quickCheck_badOptions_exitTwo() {
        for (String budget : List.of("0s", "soon")) {
            Cli.Outcome o = run("quick-check", "--time-budget", budget);
            assertThat(o.code()).as(budget).isEqualTo(2);
            assertThat(o.err()).as(budget).contains("--time-budget");
        }
        Cli.Outcome o = run("quick-check", "--exclude", "[");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("is not a regular expression");
    }

    @Test
    void run_quick_stillRefusesAWrongTypeInTheFileAsWritten() throws IOException {
        String config = Files.readString(Path.of("../benchmarks/config.yaml"));
        assertThat(config).contains("repeat_count: 5");
        Path file =
                Files.writeString(dir.resolve("config.yaml"), config.replace("repeat_count: 5", "repeat_count: five"));
        Cli.Outcome o = run("--config", file.toString(), "run", "--quick", "--no-store");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip().lines()).hasSize(1);
        assertThat(o.err()).contains(file + ":", "benchmarks.compression.repeat_count", "five");
    }

    /** A command with a bug: it throws what no user could have caused. */
    @picocli.CommandLine.Command(name = "buggy")
    static final class Buggy implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("an invariant broke");
        }
    }

    @Test
    void internalError_isOneLine_exitThree_andTheTraceIsInTheLogItNames() throws IOException {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.execute(
                new Buggy(),
                new String[0],
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("internal error", "IllegalStateException: an invariant broke");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the stack trace is in (\\S+\\.log)")
                .matcher(err.toString());
        assertThat(m.find()).as(err.toString()).isTrue();
        Path log = Path.of(m.group(1));
        assertThat(Files.readString(log))
                .contains("IllegalStateException: an invariant broke", "at org.rfcc.bench.cli");
        Files.delete(log);
    }
}
