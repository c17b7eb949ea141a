package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.Stores;

/** Ingest as users run it: real JMH output, crash safety under kill -9, two writers at once. */
final class IngestIT {
    @TempDir
    static Path dir;

    private static List<Path> runFiles;

    /** Copies of a real run record under fresh run ids, so that each file is one more run. */
    @BeforeAll
    static void makeRunFiles() throws Exception {
        Path golden =
                Path.of(System.getProperty("rfcc.repo.root"), "bench-model/src/test/resources/golden/run-record.json");
        JsonNode template = Json.MAPPER.readTree(golden.toFile());
        runFiles = new ArrayList<>();
        Path runs = Files.createDirectories(dir.resolve("runs"));
        for (int i = 0; i < 400; i++) {
            ObjectNode copy = template.deepCopy();
            copy.put("run_id", String.format("run-%04d", i));
            Path file = runs.resolve(String.format("run-%04d.json", i));
            Files.writeString(file, Json.pretty(copy));
            runFiles.add(file);
        }
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("rfcc.app.lib") + "/*"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<String> args(String url, List<Path> files) {
        List<String> a = new ArrayList<>(List.of("org.rfcc.bench.cli.Main", "--store", url, "ingest"));
        files.forEach(f -> a.add(f.toString()));
        return a;
    }

    @Test
    void ingest_realJmhJsonWithGcProfiler_showsTheGcMetricsInHistory() throws Exception {
        Path jmh = dir.resolve("jmh.json");
        Process p = start(
                "org.openjdk.jmh.Main",
                "TokenizerBenchmark",
                "-p",
                "tokenizer=cl100k_base",
                "-f",
                "1",
                "-wi",
                "1",
                "-i",
                "2",
                "-w",
                "200ms",
                "-r",
                "200ms",
                "-prof",
                "gc",
                "-rf",
                "json",
                "-rff",
                jmh.toString());
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Json.MAPPER.readTree(jmh.toFile()).get(0).get("jmhVersion").asText())
                .isEqualTo("1.37");
        String url = "jdbc:sqlite:" + dir.resolve("jmh/history.db");
        Process ingest = start("org.rfcc.bench.cli.Main", "--store", url, "ingest", jmh.toString());
        assertThat(new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("ingested run ");
        assertThat(ingest.waitFor()).isZero();
        Process history = start("org.rfcc.bench.cli.Main", "--store", url, "history", "--format", "json");
        JsonNode rows = Json.MAPPER.readTree(history.getInputStream().readAllBytes());
        Set<String> metrics = new TreeSet<>();
        rows.forEach(r -> metrics.add(r.get("metric").asText()));
        assertThat(metrics).contains("score", "gc.alloc.rate", "gc.alloc.rate.norm", "gc.count");
        assertThat(rows.get(0).get("params").get("tokenizer").asText()).isEqualTo("cl100k_base");
        // a table printed without a last println reaches the terminal too: Main flushes before it exits
        Process alerts = start("org.rfcc.bench.cli.Main", "--store", url, "alerts", "list");
        assertThat(new String(alerts.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("no open alerts\n");
        assertThat(alerts.waitFor()).isZero();
    }

    @Test
    void ingest_killedHalfway_leavesAnIntactDatabaseWithEveryCommittedRun() throws Exception {
        Path db = dir.resolve("crash/history.db");
        String url = "jdbc:sqlite:" + db;
        Process p = start(args(url, runFiles).toArray(String[]::new));
        List<String> committed = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && committed.size() < 150; line = out.readLine()) {
                committed.add(line.split(" ")[2]);
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(committed).hasSize(150);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (HistoryStore store = Stores.open(url)) {
            assertThat(store.runCount()).isBetween(150, 399);
            for (String id : committed) {
                RunRecord original = Json.MAPPER.readValue(
                        dir.resolve("runs/" + id + ".json").toFile(), RunRecord.class);
                assertThat(Json.pretty(store.run(id).orElseThrow())).isEqualTo(Json.pretty(original));
            }
        }
    }

    @Test
    void ingest_twoProcessesIntoOneSqliteFile_bothSucceed_nothingLost() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("both/history.db");
        Process a = start(args(url, runFiles.subList(0, 60)).toArray(String[]::new));
        Process b = start(args(url, runFiles.subList(60, 120)).toArray(String[]::new));
        a.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        b.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(a.waitFor()).isZero();
        assertThat(b.waitFor()).isZero();
        try (HistoryStore store = Stores.open(url)) {
            assertThat(store.runCount()).isEqualTo(120);
            assertThat(store.history(org.rfcc.bench.store.HistoryQuery.all())).hasSize(240);
        }
    }
}
