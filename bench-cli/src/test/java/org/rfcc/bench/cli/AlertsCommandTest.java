package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.Json;

/** {@code alerts} and the alerts that {@code ingest} raises, on the command line, with a webhook receiver on loopback. */
final class AlertsCommandTest {
    @TempDir
    Path dir;

    private HttpServer receiver;
    private final List<String> received = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            synchronized (received) {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        env.put(
                "RFCC_BENCH_WEBHOOK_URL",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        env.put("RFCC_BENCH_WEBHOOK_SECRET", "s3cret");
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private Path alertsYaml(String channels) throws IOException {
        return Files.writeString(dir.resolve("alerts.yaml"), "notification:\n  channels: " + channels + "\n");
    }

    private Cli.Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--store",
                "jdbc:sqlite:" + dir.resolve("history.db"),
                "--config",
                dir.resolve("config.yaml").toString()));
        all.addAll(List.of(args));
        return Cli.run(env, all.toArray(String[]::new));
    }

    /** Ingests a nightly JMH result of {@code level} us/op for day {@code day}. */
    private Cli.Outcome night(int day, double level) throws IOException {
        Path file = Files.writeString(
                dir.resolve("night-" + day + ".json"), IngestCommandTest.jmh("parse", "us/op", level));
        return run(
                "ingest",
                "--started-at",
                LocalDate.now(java.time.ZoneOffset.UTC)
                        .minusDays(31 - day)
                        .toString(), // nightly up to today: quiet days would be missing
                "--branch",
                "main",
                "--machine",
                "ci-runner",
                "--commit",
                String.format("%040x", 0xbeef00L + day),
                file.toString());
    }

    @Test
    void thirtyNightsThenASlowOne_openOneAlert_sentToTheWebhook_listedAcknowledgedAndCounted() throws IOException {
        alertsYaml("[webhook]");
        Random random = new Random(5);
        for (int day = 0; day < 30; day++) {
            Cli.Outcome o = night(day, 12.0 * Math.exp(0.01 * random.nextGaussian()));
            assertThat(o.code()).as(o.err()).isZero();
            assertThat(o.err()).as("night " + day).doesNotContain("alert");
        }
        assertThat(received).isEmpty();

        Cli.Outcome slow = night(30, 12.0 * 1.3);

        assertThat(slow.code()).as(slow.err()).isZero();
        assertThat(slow.err()).contains("warning: alert 1 opened: critical org.example.Bench/parse");
        assertThat(received).hasSize(1);
        assertThat(Json.MAPPER.readTree(received.get(0)).path("event").asText()).isEqualTo("opened");
        JsonNode list =
                Json.MAPPER.readTree(run("alerts", "list", "--format", "json").out());
        assertThat(list).hasSize(1);
        JsonNode alert = list.get(0);
        for (String field : List.of(
                "id",
                "state",
                "level",
                "kind",
                "suite",
                "benchmark",
                "params",
                "metric",
                "run_id",
                "commit",
                "change_pct",
                "opened_at",
                "updated_at",
                "escalated_at",
                "deliveries")) {
            assertThat(alert.has(field)).as(field).isTrue();
        }
        assertThat(alert.path("deliveries").get(0).path("status").asText()).isEqualTo("delivered");
        assertThat(alert.path("change_pct").asDouble()).isBetween(25.0, 36.0);

        assertThat(run("alerts", "ack", "1", "--by", "ana", "--note", "on it").out())
                .startsWith("alert 1 is acknowledged");
        Cli.Outcome again = run("alerts", "ack", "1");
        assertThat(again.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(again.err().strip()).isEqualTo("rfcc-bench: alert 1 is acknowledged already");
        assertThat(run("alerts", "dismiss", "1", "--false-positive").out()).startsWith("alert 1 is dismissed");
        JsonNode stats =
                Json.MAPPER.readTree(run("alerts", "stats", "--format", "json").out());
        assertThat(stats.path("precision").asDouble()).isEqualTo(0.0);
        assertThat(stats.path("closed_by_people").asInt()).isEqualTo(1);
        assertThat(stats.path("stored_to_delivered_s").path("count").asInt()).isEqualTo(1);
        assertThat(run("alerts", "notify").out()).startsWith("sent 0, failed 0");
        String said = slow.out()
                + slow.err()
                + list
                + run("alerts", "list", "--state", "all").out()
                + stats;
        assertThat(said).doesNotContain("s3cret"); // the webhook's secret signs bodies; no output shows it
    }

    @Test
    void badInput_getsOneLineAndExit2_withNothingStoredOrSent() throws IOException {
        alertsYaml("[webhook]");
        assertRefused(run("alerts", "ack", "42"), "rfcc-bench: no alert 42; alerts list --state all shows them all");
        assertRefused(
                run("alerts", "notify", "--now", "tomorrow"),
                "rfcc-bench: --now is 'tomorrow'; expected an ISO-8601 time such as 2026-12-01T10:00:00Z");
        assertRefused(
                run("alerts", "test", "pager"),
                "rfcc-bench: unknown channel 'pager'; expected one of github, slack, email, webhook");

        env.put("RFCC_BENCH_WEBHOOK_URL", "hook.example.org/x");
        assertRefused(
                night(0, 12.0),
                "rfcc-bench: RFCC_BENCH_WEBHOOK_URL is not an http(s) URL with a host;"
                        + " expected http(s)://host/path");
        env.remove("RFCC_BENCH_WEBHOOK_URL");

        alertsYaml("[github]");
        env.put("GITHUB_TOKEN", "ghp_x");
        assertRefused(night(0, 12.0), "rfcc-bench: GITHUB_REPOSITORY is not set; the github channel needs owner/name");

        alertsYaml("[github, sms]");
        Cli.Outcome unknown = night(0, 12.0);
        assertThat(unknown.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(unknown.err().lines()).singleElement().asString().contains("notification.channels[1]", "sms");

        assertThat(run("store", "stats").out()).startsWith("runs 0,");
        assertThat(received).isEmpty();
    }

    private static void assertRefused(Cli.Outcome o, String line) {
        assertThat(o.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(o.err().strip()).isEqualTo(line);
    }
}
